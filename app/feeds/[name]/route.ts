import { currentLocale } from "@/app/_lib/locale";
import { getDb } from "@/db/client";
import { countArticles } from "@/lib/articles/list-articles";
import { buildNewsSitemap, buildSitemap, buildSitemapIndex } from "@/lib/feeds/build-sitemap";
import { listNewsEntries } from "@/lib/feeds/list-news-entries";
import { listSitemapEntries } from "@/lib/feeds/list-sitemap-entries";
import { renderPublicFeed } from "@/lib/feeds/render-public-feed";
import { pagesSitemapPart, sitemapPaths } from "@/lib/feeds/sitemap-paths";
import { siteConfig } from "@/lib/site-config";

/*
 * /feed.xml, /atom.xml, /sitemap.xml (the index), /sitemap-pages.xml (with /sitemap-pages-N.xml
 * for a large archive: lib/feeds/sitemap-paths) and /news-sitemap.xml (rewritten here by server/route-table): generated on the first request and kept in the
 * page cache like the listings, tagged "feeds" (lib/page-tags) so that every save that
 * changes what they list purges them; at most a minute for a scheduled piece coming due.
 */
export const revalidate = 60;
export function generateStaticParams(): { name: string }[] {
  return [];
}

const XML = "application/xml; charset=utf-8";
const TYPES: Record<string, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  sitemap: XML,
  "news-sitemap": XML,
};

const notFound = () => new Response("Not found", { status: 404 });

export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }): Promise<Response> {
  const { name } = await params;
  const part = pagesSitemapPart(name);
  const type = part === null ? TYPES[name] : XML;
  if (!type) return notFound();
  const db = await getDb();
  const now = new Date();
  const locale = await currentLocale();
  const site = { name: siteConfig.name, description: siteConfig.description, url: siteConfig.url };
  let body: string;
  if (name === "sitemap") body = await buildSitemapIndex(sitemapPaths(await countArticles(db, { now })), site.url);
  else if (part !== null) {
    const entries = await listSitemapEntries(db, now, { part });
    if (!entries) return notFound();
    body = await buildSitemap(entries, site.url);
  } else if (name === "news-sitemap") body = await buildNewsSitemap(await listNewsEntries(db, now), { siteUrl: site.url, publication: site.name, language: locale });
  else body = (await renderPublicFeed(db, { kind: "site", slug: "", format: name === "rss" ? "rss" : "atom", now, site, locale }))!;
  return new Response(body, { headers: { "content-type": type } });
}
