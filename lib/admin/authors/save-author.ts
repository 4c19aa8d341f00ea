import { translator } from "@/lib/i18n/translator";
import type { Locale } from "@/lib/i18n/locales";
import { and, eq, ne } from "drizzle-orm";
import { z } from "zod";
import { inTransaction, type Database } from "@/db/client";
import { articleAuthors, authors, users } from "@/db/schema";
import { emailSchema } from "@/lib/auth/credentials-schema";
import { refreshSearchNames } from "@/lib/articles/refresh-search-names";
import { AppError } from "@/lib/errors";
import { recordAudit } from "../audit/record-audit";
import { authorPageTag, pageTagsShowingArticles } from "@/lib/page-tags/page-tags";
import { loadArticleRefs } from "../cache/load-article-refs";
import { parseInput } from "../parse-input";
import { SLUG_PATTERN, slugify } from "../slugify";

const authorSchema = z.object({
  name: z.string().trim().min(1, "Enter a name.").max(100, "Use at most 100 characters."),
  slug: z.union([z.literal(""), z.string().trim().toLowerCase().max(100).regex(SLUG_PATTERN, "Use lowercase letters, digits and single hyphens.")]).default(""),
  roleLine: z.string().trim().max(150, "Use at most 150 characters.").default(""),
  bio: z.string().trim().max(2000, "Use at most 2,000 characters.").default(""),
  photo: z.union([z.literal(""), z.string().regex(/^\/(media|images)\/[\w./-]+$/, "Upload an image or leave empty.")]).default(""),
  userEmail: z.union([z.literal(""), emailSchema]).default(""),
});

/**
 * Creates or updates an author profile (name, slug, photo, role line, bio, linked
 * account). Returns the cached pages that show the profile: its page and its articles.
 */
export async function saveAuthor(db: Database, options: { actorId: string; id?: number; input: unknown; now: Date; locale?: Locale }): Promise<{ id: number; message: string; tags: string[] }> {
  const form = parseInput(authorSchema, options.input);
  const { id } = options;
  const [before] = id === undefined ? [] : await db.select().from(authors).where(eq(authors.id, id)).limit(1);
  if (id !== undefined && !before) throw new AppError("NOT_FOUND", "This author no longer exists.");
  const slug = form.slug || slugify(form.name);
  if (!slug) throw new AppError("INVALID_INPUT", "Please correct the highlighted fields.", { slug: "Enter a slug." });
  const [taken] = await db.select({ name: authors.name }).from(authors).where(and(eq(authors.slug, slug), id === undefined ? undefined : ne(authors.id, id))).limit(1);
  if (taken) throw new AppError("INVALID_INPUT", "Please correct the highlighted fields.", { slug: `Already used by ${taken.name}.` }, undefined, { slug: { key: "alreadyUsedBy", values: { name: taken.name } } });
  let userId: string | null = null;
  if (form.userEmail) {
    const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, form.userEmail)).limit(1);
    if (!user) throw new AppError("INVALID_INPUT", "Please correct the highlighted fields.", { userEmail: "No account has this e-mail address." });
    userId = user.id;
  }
  const values = { name: form.name, slug, roleLine: form.roleLine, bio: form.bio, photo: form.photo || null, userId };
  const saved = await inTransaction(db, async (t) => {
    const [row] = id === undefined ? await t.insert(authors).values(values).returning({ id: authors.id }) : await t.update(authors).set(values).where(eq(authors.id, id)).returning({ id: authors.id });
    await recordAudit(t, { actorId: options.actorId, action: id === undefined ? "author.create" : "author.update", targetType: "author", targetId: slug, before: before ?? null, after: values });
    return row!;
  });
  const articleIds = (await db.select({ id: articleAuthors.articleId }).from(articleAuthors).where(eq(articleAuthors.authorId, saved.id))).map((r) => r.id);
  // Articles are found by their bylines: a renamed author's pieces are found by the new name.
  if (before && before.name !== form.name) await refreshSearchNames(db, articleIds);
  // The profile's own pages, also under its old slug when it changed.
  const profiles = [slug, ...(before && before.slug !== slug ? [before.slug] : [])].map(authorPageTag);
  const tags = [...new Set([...pageTagsShowingArticles(await loadArticleRefs(db, articleIds)), ...profiles])];
  return { id: saved.id, message: translator(options.locale ?? "en", "admin")("api.authorSaved", { name: form.name }), tags };
}
