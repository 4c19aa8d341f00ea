import { and, desc, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { articleCategories, articles, categories, organisationReads } from "@/db/schema";
import { AppError } from "@/lib/errors";

export interface OrganisationUsage {
  /** "YYYY-MM". */
  month: string;
  /** Months with any reads, newest first (for the month picker). */
  months: string[];
  total: number;
  byArticle: { articleId: number; slug: string; title: string; section: string; range: number; domain: number; seat: number; reads: number }[];
  bySection: { section: string; reads: number }[];
}

/** "YYYY-MM" as the form or the query string gives it; anything else is refused with a clear message. */
export function parseUsageMonth(value: string | null | undefined, now: Date): string {
  if (value === null || value === undefined || value === "") return now.toISOString().slice(0, 7);
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) throw new AppError("INVALID_INPUT", "Give the month as YYYY-MM.", { month: "Give the month as YYYY-MM." });
  return value;
}

/**
 * An organisation's reads in a month, by article (with the door each came through) and by
 * section (the article's first category): what the newsroom shows the institution at renewal.
 */
export async function loadOrganisationUsage(db: Database, options: { organisationId: number; month: string }): Promise<OrganisationUsage> {
  const first = `${options.month}-01`;
  const section = sql<string>`coalesce((select c.name from ${articleCategories} ac join ${categories} c on c.id = ac.category_id where ac.article_id = ${articles.id} order by ac.position, c.id limit 1), '')`;
  const viaSum = (via: string) => sql<number>`coalesce(sum(${organisationReads.reads}) filter (where ${organisationReads.via} = ${via}), 0)::int`;
  const [rows, months] = await Promise.all([
    db
      .select({ articleId: articles.id, slug: articles.slug, title: articles.title, section, range: viaSum("range"), domain: viaSum("domain"), seat: viaSum("seat"), reads: sql<number>`sum(${organisationReads.reads})::int` })
      .from(organisationReads)
      .innerJoin(articles, eq(articles.id, organisationReads.articleId))
      .where(and(eq(organisationReads.organisationId, options.organisationId), eq(organisationReads.month, first)))
      .groupBy(articles.id)
      .orderBy(desc(sql`sum(${organisationReads.reads})`), articles.title),
    db
      .selectDistinct({ month: organisationReads.month })
      .from(organisationReads)
      .where(eq(organisationReads.organisationId, options.organisationId))
      .orderBy(desc(organisationReads.month))
      .limit(120),
  ]);
  const sections = new Map<string, number>();
  for (const r of rows) sections.set(r.section, (sections.get(r.section) ?? 0) + r.reads);
  return {
    month: options.month,
    months: months.map((m) => m.month.slice(0, 7)),
    total: rows.reduce((n, r) => n + r.reads, 0),
    byArticle: rows,
    bySection: [...sections].map(([s, reads]) => ({ section: s, reads })).sort((a, b) => b.reads - a.reads || a.section.localeCompare(b.section)),
  };
}
