import { getDb } from "@/db/client";
import { listArticles } from "@/lib/articles/list-articles";
import { buildFeed } from "@/lib/feeds/build-feed";
import { buildSitemap } from "@/lib/feeds/build-sitemap";
import { listSitemapEntries } from "@/lib/feeds/list-sitemap-entries";
import { siteConfig } from "@/lib/site-config";

/*
 * /feed.xml, /atom.xml and /sitemap.xml (rewritten here in next.config.ts): generated on
 * the first request and kept in the cache like the pages, refreshed every five minutes.
 */
export const revalidate = 300;
export function generateStaticParams(): { name: string }[] {
  return [];
}

const TYPES: Record<string, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  sitemap: "application/xml; charset=utf-8",
};

export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }): Promise<Response> {
  const { name } = await params;
  const type = TYPES[name];
  if (!type) return new Response("Not found", { status: 404 });
  const db = await getDb();
  const now = new Date();
  const body =
    name === "sitemap"
      ? await buildSitemap(await listSitemapEntries(db, now), siteConfig.url)
      : buildFeed((await listArticles(db, { limit: 30, offset: 0, now })).cards, { format: name === "rss" ? "rss" : "atom", siteName: siteConfig.name, siteUrl: siteConfig.url, description: siteConfig.description });
  return new Response(body, { headers: { "content-type": type } });
}
