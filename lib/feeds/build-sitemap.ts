import { Readable } from "node:stream";
import { SitemapStream, streamToPromise } from "sitemap";

export interface SitemapEntry {
  path: string;
  lastModified?: Date;
}

/** sitemap.xml for the given pages (URLs and dates only; no text of any article). */
export async function buildSitemap(entries: SitemapEntry[], siteUrl: string): Promise<string> {
  const stream = new SitemapStream({ hostname: siteUrl });
  const items = entries.map((e) => ({ url: e.path, lastmod: e.lastModified?.toISOString() }));
  return (await streamToPromise(Readable.from(items).pipe(stream))).toString();
}
