import { Feed } from "feed";
import { isPublicRequirement } from "@/lib/access/decide-access";
import type { ArticleCard } from "@/lib/articles/article-card";

/**
 * RSS 2.0 or Atom for the latest articles. Items carry the title and the standfirst only:
 * never body text, so the feed is the same for everyone and safe to cache.
 */
export function buildFeed(cards: ArticleCard[], options: { format: "rss" | "atom"; siteName: string; siteUrl: string; description: string }): string {
  const feed = new Feed({
    title: options.siteName,
    description: options.description,
    id: options.siteUrl,
    link: options.siteUrl,
    language: "en",
    copyright: `© ${options.siteName}`,
    updated: cards[0]?.publishedAt ?? new Date(0),
    feedLinks: { rss: `${options.siteUrl}/feed.xml`, atom: `${options.siteUrl}/atom.xml` },
  });
  for (const card of cards) {
    const url = `${options.siteUrl}/articles/${card.slug}`;
    feed.addItem({
      title: isPublicRequirement(card.requirement) ? card.title : `${card.title} (Subscribers)`,
      id: url,
      link: url,
      description: card.standfirst,
      date: card.publishedAt,
      author: card.authors.map((a) => ({ name: a.name, link: `${options.siteUrl}/authors/${a.slug}` })),
      category: card.category ? [{ name: card.category.name }] : undefined,
    });
  }
  return options.format === "rss" ? feed.rss2() : feed.atom1();
}
