import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { buildFeed, type FeedItem } from "../build-feed";

/**
 * A member's private feed as RSS (items from listPrivateFeedItems), titled and described in the
 * site's language: "Lede — Ana's private feed" / "Lede — le flux privé de Ana".
 */
export function renderPrivateFeed(
  items: readonly FeedItem[],
  options: { siteName: string; siteUrl: string; readerName: string | null; self: string; locale?: Locale },
): string {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const t = translator(locale, "reader");
  const site = options.siteName;
  return buildFeed(items, {
    format: "rss",
    title: options.readerName ? t("feeds.privateTitleNamed", { site, name: options.readerName }) : t("feeds.privateTitle", { site }),
    description: t("feeds.privateDescription", { site }),
    siteUrl: options.siteUrl,
    link: options.siteUrl,
    self: { rss: options.self, atom: options.self },
    locale,
  });
}
