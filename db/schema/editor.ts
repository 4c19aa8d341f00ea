import { sql } from "drizzle-orm";
import { boolean, index, integer, pgTable, serial, text } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { articles } from "./content";
import { users } from "./members";

/* The article editor's records (lib/admin/editor): revisions and search/social overrides. */

/**
 * One row per save of an article (manual saves, autosaves, restores): what a reader would
 * see of it and who may read it. Consecutive autosaves by one editor update a single row.
 */
export const articleRevisions = pgTable(
  "article_revisions",
  {
    id: serial("id").primaryKey(),
    articleId: integer("article_id").notNull().references(() => articles.id, { onDelete: "cascade" }),
    /** The article's version this save produced. */
    version: integer("version").notNull(),
    kind: text("kind", { enum: ["save", "autosave", "restore"] }).notNull(),
    /** For a restore: the revision it brought back. */
    restoredFrom: integer("restored_from"),
    title: text("title").notNull(),
    standfirst: text("standfirst").notNull().default(""),
    /** The Markdown body, paywall break marker included. */
    bodyMarkdown: text("body_markdown").notNull().default(""),
    reqLevel: integer("req_level"),
    reqCcaps: text("req_ccaps").array().notNull().default(sql`'{}'::text[]`),
    neverMetered: boolean("never_metered").notNull().default(false),
    editorId: text("editor_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index("article_revisions_article_idx").on(t.articleId, t.id)],
);

/**
 * Per-article overrides for <title>, the meta description, Open Graph / Twitter and JSON-LD.
 * Empty means "use the default" (title and standfirst, never the body).
 */
export const articleSeo = pgTable("article_seo", {
  articleId: integer("article_id")
    .primaryKey()
    .references(() => articles.id, { onDelete: "cascade" }),
  seoTitle: text("seo_title").notNull().default(""),
  seoDescription: text("seo_description").notNull().default(""),
  socialTitle: text("social_title").notNull().default(""),
  socialDescription: text("social_description").notNull().default(""),
});

export type ArticleRevision = typeof articleRevisions.$inferSelect;
export type ArticleSeo = typeof articleSeo.$inferSelect;
