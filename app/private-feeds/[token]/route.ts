import { connection } from "next/server";
import { getDb } from "@/db/client";
import { buildFeed } from "@/lib/feeds/build-feed";
import { listPrivateFeedItems } from "@/lib/feeds/private/list-private-feed-items";
import { loadPrivateFeedReader } from "@/lib/feeds/private/load-private-feed-reader";
import { privateFeedPath } from "@/lib/feeds/private/private-feed-token";
import { siteConfig } from "@/lib/site-config";

/*
 * A member's private full-text feed (RSS), at the secret address on their account page.
 * Rendered for every request (never in the page cache nor the server's page memory:
 * server/route-table sends it to Next as an ordinary route) with what the member may read
 * as of this request. A replaced or unknown token answers 404 at once.
 */
const PRIVATE = { "cache-control": "private, no-store", "x-robots-tag": "noindex" };

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  await connection();
  const { token } = await params;
  const db = await getDb();
  const reader = await loadPrivateFeedReader(db, token);
  if (!reader) return new Response("No such feed. If you regenerated your private feed, use its new address from your account page.", { status: 404, headers: { ...PRIVATE, "content-type": "text/plain; charset=utf-8" } });
  const site = siteConfig.url;
  const items = await listPrivateFeedItems(db, { viewer: reader.viewer, now: new Date(), limit: 30, siteUrl: site });
  const self = `${site}${privateFeedPath(token)}`;
  const body = buildFeed(items, {
    format: "rss",
    title: `${siteConfig.name} — ${reader.name ? `${reader.name}'s` : "your"} private feed`,
    description: `The latest from ${siteConfig.name}, in full for what your account may read. Keep this address to yourself.`,
    siteUrl: site,
    link: site,
    self: { rss: self, atom: self },
  });
  return new Response(body, { headers: { ...PRIVATE, "content-type": "application/rss+xml; charset=utf-8" } });
}
