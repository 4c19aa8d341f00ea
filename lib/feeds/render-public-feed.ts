import type { Database } from "@/db/client";
import { listArticles } from "@/lib/articles/list-articles";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { buildFeed, publicFeedItems } from "./build-feed";
import { feedPaths, resolveFeedScope, type FeedScopeKind } from "./resolve-feed-scope";

const ITEMS = 30;

/**
 * A public RSS or Atom feed of the site or of one section, tag or author: the latest
 * pieces' titles and standfirsts, gated ones marked "For subscribers"; null when the
 * section, tag or author does not exist.
 */
export async function renderPublicFeed(
  db: Database,
  options: { kind: FeedScopeKind; slug: string; format: "rss" | "atom"; now: Date; site: { name: string; description: string; url: string }; locale?: Locale },
): Promise<string | null> {
  const scope = await resolveFeedScope(db, options.kind, options.slug);
  if (!scope) return null;
  const cards = await listArticles(db, { filter: scope.filter, limit: ITEMS, offset: 0, now: options.now });
  const paths = feedPaths(scope.path);
  const { url, name } = options.site;
  const locale = options.locale ?? DEFAULT_LOCALE;
  return buildFeed(publicFeedItems(cards), {
    format: options.format,
    title: scope.name ? `${scope.name} — ${name}` : name,
    description: scope.name ? translator(locale, "reader")("feeds.latestFrom", { scope: scope.name, site: name }) : options.site.description,
    siteUrl: url,
    link: scope.path === "/" ? url : `${url}${scope.path}`,
    self: { rss: `${url}${paths.rss}`, atom: `${url}${paths.atom}` },
    locale,
  });
}
