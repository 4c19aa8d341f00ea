import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { sitePages, type SitePage } from "@/db/schema";
import { isSitePageSlug, SITE_PAGE_KINDS, sitePagePath, type SitePageSlug } from "./site-page-kinds";

/** Every footer page kind with what is written for it (an empty body when nothing is). */
export async function listSitePages(db: Database): Promise<{ slug: SitePageSlug; title: string; bodyMarkdown: string; published: boolean }[]> {
  const rows = await db.select().from(sitePages);
  return SITE_PAGE_KINDS.map((kind) => {
    const row = rows.find((r) => r.slug === kind.slug);
    return { slug: kind.slug, title: row?.title ?? kind.title, bodyMarkdown: row?.bodyMarkdown ?? "", published: Boolean(row?.bodyHtml) };
  });
}

/** The footer's links: the pages that have a body, in footer order. */
export async function listFooterLinks(db: Database): Promise<{ label: string; href: string }[]> {
  const pages = await listSitePages(db);
  return pages.filter((p) => p.published).map((p) => ({ label: p.title, href: sitePagePath(p.slug) }));
}

/** A published footer page, or null (unknown kind, or nothing written yet). */
export async function getSitePage(db: Database, slug: string): Promise<SitePage | null> {
  if (!isSitePageSlug(slug)) return null;
  const [row] = await db.select().from(sitePages).where(eq(sitePages.slug, slug)).limit(1);
  return row?.bodyHtml ? row : null;
}
