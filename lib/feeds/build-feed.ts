import { Feed } from "feed";
import { isPublicRequirement } from "@/lib/access/decide-access";
import type { ArticleCard } from "@/lib/articles/article-card";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

export interface FeedItem {
  card: ArticleCard;
  /**
   * The item's full HTML, for the one reader a private feed is for: the teaser and, only
   * when decideAccess allowed that reader, the gated part. Absent in public feeds.
   */
  content?: string;
  /** The piece is gated for this feed's reader: the item says so and links to the article. */
  forSubscribers: boolean;
}

export interface FeedOptions {
  format: "rss" | "atom";
  title: string;
  description: string;
  siteUrl: string;
  /** The page the feed mirrors (absolute URL). */
  link: string;
  /** The feed's own addresses (absolute URLs). */
  self: { rss: string; atom: string };
  /** The site's language: the feed's <language> and its fixed words. */
  locale?: Locale;
}

/** The line a gated item carries instead of its text (never the gated text itself). */
export function forSubscribersLine(articleUrl: string, locale: Locale = DEFAULT_LOCALE): string {
  return translator(locale, "reader")("feeds.forSubscribers", { url: articleUrl });
}

/** Public feeds' items: title and standfirst only, gated pieces marked by a line, never their text. */
export function publicFeedItems(cards: readonly ArticleCard[]): FeedItem[] {
  return cards.map((card) => ({ card, forSubscribers: !isPublicRequirement(card.requirement) }));
}

/** RSS 2.0 or Atom for a list of articles, newest first. */
export function buildFeed(items: readonly FeedItem[], options: FeedOptions): string {
  const feed = new Feed({
    title: options.title,
    description: options.description,
    id: options.link,
    link: options.link,
    language: options.locale ?? DEFAULT_LOCALE,
    copyright: `© ${options.title}`,
    updated: items[0]?.card.publishedAt ?? new Date(0),
    feedLinks: { rss: options.self.rss, atom: options.self.atom },
  });
  for (const { card, content, forSubscribers } of items) {
    const url = `${options.siteUrl}/articles/${card.slug}`;
    feed.addItem({
      title: card.title,
      id: url,
      link: url,
      description: forSubscribers ? `${card.standfirst}\n\n${forSubscribersLine(url, options.locale)}` : card.standfirst,
      content,
      date: card.publishedAt,
      author: card.authors.map((a) => ({ name: a.name, link: `${options.siteUrl}/authors/${a.slug}` })),
      category: card.category ? [{ name: card.category.name }] : undefined,
    });
  }
  return options.format === "rss" ? feed.rss2() : feed.atom1();
}
