import { eq, inArray, or } from "drizzle-orm";
import type { Database } from "@/db/client";
import { articles } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { isValidSlug } from "@/lib/content/is-valid-slug";
import type { Locale } from "@/lib/i18n/locales";

const INVALID = "Please correct the highlighted fields.";

/**
 * The original a piece translates, from the slug the editor gave: groups stay one level deep
 * (a translation of a translation joins its original), and a piece never translates itself
 * or, while other pieces translate it, another piece.
 */
export async function resolveTranslationOf(db: Database, slug: string, selfId: number | undefined): Promise<number | null> {
  if (slug === "") return null;
  const [target] = isValidSlug(slug) ? await db.select({ id: articles.id, translationOf: articles.translationOf }).from(articles).where(eq(articles.slug, slug)).limit(1) : [];
  if (!target) throw new AppError("INVALID_INPUT", INVALID, { translationOf: "No piece has this address." });
  const original = target.translationOf ?? target.id;
  if (original === selfId) throw new AppError("INVALID_INPUT", INVALID, { translationOf: "A piece cannot be a translation of itself." });
  if (selfId !== undefined) {
    const [translated] = await db.select({ id: articles.id }).from(articles).where(eq(articles.translationOf, selfId)).limit(1);
    if (translated) throw new AppError("INVALID_INPUT", INVALID, { translationOf: "Other pieces are translations of this one: it is the original of its group." });
  }
  return original;
}

/** Sets a piece's language (null: the site's) and the original it translates; `undefined` leaves a value as it is. */
export async function setArticleLanguage(db: Database, id: number, values: { language?: Locale | null; translationOf?: number | null }): Promise<void> {
  const set = { ...(values.language !== undefined && { language: values.language }), ...(values.translationOf !== undefined && { translationOf: values.translationOf }) };
  if (Object.keys(set).length > 0) await db.update(articles).set(set).where(eq(articles.id, id));
}

/** Every piece of the translation groups of these originals (their pages name each other). */
export async function translationGroupIds(db: Database, originals: readonly number[]): Promise<number[]> {
  if (originals.length === 0) return [];
  const rows = await db.select({ id: articles.id }).from(articles).where(or(inArray(articles.id, [...originals]), inArray(articles.translationOf, [...originals])));
  return rows.map((r) => r.id);
}
