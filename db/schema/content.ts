import { sql } from "drizzle-orm";
import { type AnyPgColumn, boolean, customType, index, integer, pgTable, primaryKey, serial, text, timestamp } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { users } from "./members";

/* Articles, their authors, sections and tags, and uploaded images (lib/articles, lib/taxonomy, lib/media). */

/** PostgreSQL's full-text document type; only ever written by the database (generated columns). */
const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/*
 * The text of a search document, as SQL over the row's own columns (generated columns may not
 * name other tables, hence search_names). Tags are stripped from the stored HTML; entities
 * are skipped by the parser. Weights: title A, standfirst B, bylines and sections C, body D.
 */
/*
 * Each piece is stemmed in its own language (articles.language: 'fr' is French, anything else,
 * the site's language included, English); lib/search/search-queries parses a query to match.
 */
const SEARCH_CONFIG = "(case when language = 'fr' then 'french'::regconfig else 'english'::regconfig end)";
const weighted = (expression: string, weight: "A" | "B" | "C" | "D") => `setweight(to_tsvector(${SEARCH_CONFIG}, ${expression}), '${weight}')`;
const htmlText = (column: string) => `regexp_replace(${column}, '<[^>]*>', ' ', 'g')`;
const PUBLIC_DOCUMENT = [weighted("title", "A"), weighted("standfirst", "B"), weighted("search_names", "C"), weighted(htmlText("teaser_html"), "D")].join(" || ");
const FULL_DOCUMENT = `${PUBLIC_DOCUMENT} || ${weighted(htmlText("gated_html"), "D")}`;
/**
 * What a search snippet is cut from (ts_headline): the teaser as text, stored so that a search
 * does not strip it per hit, and without the two marks of lib/search/search-snippet
 * (MARK_START, MARK_END), so that every mark in a snippet is ts_headline's. Only its first
 * SNIPPET_WINDOW characters (ended at a space, not inside a word): ts_headline parses and stems
 * all of its text, which cost a new search ~3 ms of database time for 20 whole teasers, to
 * show at most two fragments of 30 words (~400 characters).
 */
const SNIPPET_WINDOW = 600;
const TEASER_TEXT = `translate(${htmlText("teaser_html")}, U&'\\E000\\E001', '')`;
const SNIPPET_TEXT = `case when length(${TEASER_TEXT}) <= ${SNIPPET_WINDOW} then ${TEASER_TEXT} else coalesce(substring(left(${TEASER_TEXT}, ${SNIPPET_WINDOW + 1}) from '^(.*)\\s'), '') end`;

export const authors = pgTable("authors", {
  id: serial("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  roleLine: text("role_line").notNull().default(""),
  bio: text("bio").notNull().default(""),
  photo: text("photo"),
  userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
});

/*
 * A requirement is stored as two columns everywhere it appears: req_level null means
 * "no requirement of its own" (public for an article), req_ccaps lists ccaps all required.
 */
export const categories = pgTable("categories", {
  id: serial("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  description: text("description").notNull().default(""),
  parentId: integer("parent_id"),
  position: integer("position").notNull().default(0),
  reqLevel: integer("req_level"),
  reqCcaps: text("req_ccaps").array().notNull().default(sql`'{}'::text[]`),
});

export const tags = pgTable("tags", {
  id: serial("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  description: text("description").notNull().default(""),
  reqLevel: integer("req_level"),
  reqCcaps: text("req_ccaps").array().notNull().default(sql`'{}'::text[]`),
});

export const articles = pgTable(
  "articles",
  {
    id: serial("id").primaryKey(),
    slug: text("slug").notNull().unique(),
    title: text("title").notNull(),
    standfirst: text("standfirst").notNull().default(""),
    bodyMarkdown: text("body_markdown").notNull().default(""),
    /** Rendered and sanitized when the article is saved; never re-parsed per request. */
    teaserHtml: text("teaser_html").notNull().default(""),
    gatedHtml: text("gated_html").notNull().default(""),
    heroImage: text("hero_image"),
    heroAlt: text("hero_alt").notNull().default(""),
    heroCaption: text("hero_caption").notNull().default(""),
    heroCredit: text("hero_credit").notNull().default(""),
    status: text("status", { enum: ["draft", "submitted", "published"] }).notNull().default("draft"),
    publishedAt: timestamp("published_at", { withTimezone: true, mode: "date" }),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    createdAt: createdAt(),
    reqLevel: integer("req_level"),
    reqCcaps: text("req_ccaps").array().notNull().default(sql`'{}'::text[]`),
    /*
     * The effective requirement (own ∪ categories with ancestors ∪ tags), computed by
     * lib/access/effective-requirement when anything it depends on changes, so that a
     * listing or a page needs one row to know whether a piece is gated.
     */
    effReqLevel: integer("eff_req_level"),
    effReqCcaps: text("eff_req_ccaps").array().notNull().default(sql`'{}'::text[]`),
    /** The editor's "never metered" switch: the free-article meter never opens this piece (lib/access/decide-access). */
    neverMetered: boolean("never_metered").notNull().default(false),
    /** The piece's own language ("en", "fr"); null: the site's language (admin → Site). */
    language: text("language", { enum: ["en", "fr"] }),
    /**
     * The piece this one translates: a translation group is an original and the pieces that
     * name it, announced to search engines with hreflang links.
     */
    translationOf: integer("translation_of").references((): AnyPgColumn => articles.id, { onDelete: "set null" }),
    /** Optimistic concurrency: a save must name the version it started from. */
    version: integer("version").notNull().default(1),
    /** Bylines, section and tag names, kept by lib/articles/refresh-search-names for the search documents. */
    searchNames: text("search_names").notNull().default(""),
    /** What any reader may see: title, standfirst, names, teaser. */
    searchPublic: tsvector("search_public").notNull().generatedAlwaysAs(sql.raw(PUBLIC_DOCUMENT)),
    /** The public document plus the gated part: a match here counts only for viewers who may read. */
    searchFull: tsvector("search_full").notNull().generatedAlwaysAs(sql.raw(FULL_DOCUMENT)),
    /** The teaser as text for search snippets: never the gated part. */
    snippetText: text("snippet_text").notNull().generatedAlwaysAs(sql.raw(SNIPPET_TEXT)),
  },
  (t) => [
    index("articles_published_idx").on(t.status, t.publishedAt),
    index("articles_translation_of_idx").on(t.translationOf),
    index("articles_search_public_idx").using("gin", t.searchPublic),
    index("articles_search_full_idx").using("gin", t.searchFull),
  ],
);

export const articleAuthors = pgTable(
  "article_authors",
  {
    articleId: integer("article_id").notNull().references(() => articles.id, { onDelete: "cascade" }),
    authorId: integer("author_id").notNull().references(() => authors.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.authorId] }), index("article_authors_author_idx").on(t.authorId)],
);

export const articleCategories = pgTable(
  "article_categories",
  {
    articleId: integer("article_id").notNull().references(() => articles.id, { onDelete: "cascade" }),
    categoryId: integer("category_id").notNull().references(() => categories.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.categoryId] }), index("article_categories_category_idx").on(t.categoryId)],
);

export const articleTags = pgTable(
  "article_tags",
  {
    articleId: integer("article_id").notNull().references(() => articles.id, { onDelete: "cascade" }),
    tagId: integer("tag_id").notNull().references(() => tags.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.tagId] }), index("article_tags_tag_idx").on(t.tagId)],
);

export const readAlso = pgTable(
  "read_also",
  {
    articleId: integer("article_id").notNull().references(() => articles.id, { onDelete: "cascade" }),
    targetId: integer("target_id").notNull().references(() => articles.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.targetId] })],
);

/** Uploaded images (hero images, author photos), served by /media/[id]. */
export const media = pgTable("media", {
  id: text("id").primaryKey(),
  contentType: text("content_type").notNull(),
  bytes: integer("bytes").notNull(),
  /** Base64 when stored in the database; null when stored under LEDE_MEDIA_DIR. */
  data: text("data"),
  uploadedBy: text("uploaded_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
});

export type Article = typeof articles.$inferSelect;
export type Author = typeof authors.$inferSelect;
export type Category = typeof categories.$inferSelect;
export type Tag = typeof tags.$inferSelect;
