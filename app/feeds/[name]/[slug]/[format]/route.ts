import { currentLocale } from "@/app/_lib/locale";
import { getDb } from "@/db/client";
import { renderPublicFeed } from "@/lib/feeds/render-public-feed";
import type { FeedScopeKind } from "@/lib/feeds/resolve-feed-scope";
import { siteConfig } from "@/lib/site-config";

/*
 * /categories|tags|authors/<slug>/feed.xml and …/atom.xml (rewritten here by
 * server/route-table): a section's, tag's or author's feed, cached and purged like the
 * site's feeds (app/feeds/[name]).
 */
export const revalidate = 60;
export function generateStaticParams(): { name: string; slug: string; format: string }[] {
  return [];
}

const KINDS = new Set<string>(["categories", "tags", "authors"]);
const TYPES: Record<string, string> = { rss: "application/rss+xml; charset=utf-8", atom: "application/atom+xml; charset=utf-8" };

// The first segment is the kind (categories, tags or authors); Next wants it named as app/feeds/[name]'s.
export async function GET(_request: Request, { params }: { params: Promise<{ name: string; slug: string; format: string }> }): Promise<Response> {
  const { name: kind, slug, format } = await params;
  const type = TYPES[format];
  if (!type || !KINDS.has(kind)) return new Response("Not found", { status: 404 });
  const site = { name: siteConfig.name, description: siteConfig.description, url: siteConfig.url };
  const body = await renderPublicFeed(await getDb(), { kind: kind as FeedScopeKind, slug, format: format === "rss" ? "rss" : "atom", now: new Date(), site, locale: await currentLocale() });
  if (body === null) return new Response("No such section, tag or author.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(body, { headers: { "content-type": type } });
}
