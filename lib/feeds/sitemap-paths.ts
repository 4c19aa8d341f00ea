/** The sitemaps the index at /sitemap.xml lists; robots.txt names the index and the news sitemap. */
export const SITEMAP_INDEX_PATH = "/sitemap.xml";
export const PAGES_SITEMAP_PATH = "/sitemap-pages.xml";
export const NEWS_SITEMAP_PATH = "/news-sitemap.xml";

/**
 * Articles per sitemap of pages: the protocol takes at most 50,000 addresses per file, and
 * the first part also lists the sections, tags and authors. A larger archive is listed in
 * parts (/sitemap-pages.xml, /sitemap-pages-2.xml, …), newest first.
 */
export const ARTICLES_PER_SITEMAP = 45_000;

/** The address of the `part`-th sitemap of pages (1-based). */
export function pagesSitemapPath(part: number): string {
  return part === 1 ? PAGES_SITEMAP_PATH : `/sitemap-pages-${part}.xml`;
}

/** The part a feeds route name stands for ("sitemap-pages" → 1, "sitemap-pages-2" → 2), or null. */
export function pagesSitemapPart(name: string): number | null {
  if (name === "sitemap-pages") return 1;
  const match = /^sitemap-pages-([2-9]|[1-9][0-9]{1,3})$/.exec(name);
  return match ? Number(match[1]) : null;
}

/** Every sitemap of a site with `articles` published pieces: the parts of the pages' sitemap, then the news sitemap. */
export function sitemapPaths(articles: number): string[] {
  const parts = Math.max(1, Math.ceil(articles / ARTICLES_PER_SITEMAP));
  return [...Array.from({ length: parts }, (_, k) => pagesSitemapPath(k + 1)), NEWS_SITEMAP_PATH];
}
