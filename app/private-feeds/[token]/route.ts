import { getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { currentLocale } from "@/app/_lib/locale";
import { getDb } from "@/db/client";
import { listPrivateFeedItems } from "@/lib/feeds/private/list-private-feed-items";
import { loadPrivateFeedReader } from "@/lib/feeds/private/load-private-feed-reader";
import { privateFeedPath } from "@/lib/feeds/private/private-feed-token";
import { renderPrivateFeed } from "@/lib/feeds/private/render-private-feed";
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
  if (!reader) return new Response((await getTranslations("reader.feeds"))("privateGone"), { status: 404, headers: { ...PRIVATE, "content-type": "text/plain; charset=utf-8" } });
  const site = siteConfig.url;
  const locale = await currentLocale();
  const items = await listPrivateFeedItems(db, { viewer: reader.viewer, now: new Date(), limit: 30, siteUrl: site, locale });
  const body = renderPrivateFeed(items, { siteName: siteConfig.name, siteUrl: site, readerName: reader.name, self: `${site}${privateFeedPath(token)}`, locale });
  return new Response(body, { headers: { ...PRIVATE, "content-type": "application/rss+xml; charset=utf-8" } });
}
