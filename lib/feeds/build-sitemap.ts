import { Readable } from "node:stream";
import { SitemapIndexStream, SitemapStream, streamToPromise } from "sitemap";

export interface SitemapEntry {
  path: string;
  lastModified?: Date;
}

/** A sitemap for the given pages (URLs and dates only; no text of any article). */
export async function buildSitemap(entries: readonly SitemapEntry[], siteUrl: string): Promise<string> {
  const stream = new SitemapStream({ hostname: siteUrl });
  const items = entries.map((e) => ({ url: e.path, lastmod: e.lastModified?.toISOString() }));
  return (await streamToPromise(Readable.from(items).pipe(stream))).toString();
}

/** The sitemap index: the addresses of the site's sitemaps. */
export async function buildSitemapIndex(paths: readonly string[], siteUrl: string): Promise<string> {
  const stream = new SitemapIndexStream();
  return (await streamToPromise(Readable.from(paths.map((p) => ({ url: `${siteUrl}${p}` }))).pipe(stream))).toString();
}

const EMPTY_NEWS_SITEMAP =
  '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"></urlset>';

export interface NewsEntry {
  path: string;
  title: string;
  publishedAt: Date;
}

/**
 * A Google News sitemap (`news:news` with the publication's name and language, the
 * publication date and the title): titles are public, never any body text.
 */
export async function buildNewsSitemap(entries: readonly NewsEntry[], options: { siteUrl: string; publication: string; language: string }): Promise<string> {
  // The sitemap stream refuses to end without an entry: two quiet days give an empty urlset.
  if (entries.length === 0) return EMPTY_NEWS_SITEMAP;
  const stream = new SitemapStream({ hostname: options.siteUrl, xmlns: { news: true, xhtml: false, image: false, video: false } });
  const items = entries.map((e) => ({
    url: e.path,
    news: { publication: { name: options.publication, language: options.language }, publication_date: e.publishedAt.toISOString(), title: e.title },
  }));
  return (await streamToPromise(Readable.from(items).pipe(stream))).toString();
}
