/*
 * The vocabulary of cache tags: what a cached page shows, named so that a save can purge
 * exactly the pages that show what it changed (in Next's page cache, Redis and every
 * instance's page memory alike). A page's tags follow from its path; a save's tags from
 * the articles it touched.
 */

/** Every cached page carries it: for changes that show on all of them (level labels, teaser length). */
export const ALL_PAGES_TAG = "all";
const FRONT = "front";
const FEEDS = "feeds";

const LISTING = /^\/(latest|(?:categories|tags|authors)\/[^/]+)(?:\/page\/[1-9][0-9]*)?$/;
const ARTICLE = /^\/articles\/([^/]+)$/;
/** An article's Open Graph image (app/og/articles/[slug]): it shows the piece's title, section and byline. */
const SOCIAL_CARD = /^\/og\/articles\/([^/]+)$/;
/** Feeds and sitemaps, by their route or by their public address (a section's feed: /categories/x/feed.xml). */
const FEED = /^\/feeds\/|(?:^|\/)(?:feed|atom|sitemap|sitemap-pages(?:-[0-9]+)?|news-sitemap)\.xml$/;

/** What a cached page at `path` (as Next renders it, after rewrites) shows. */
export function pageTagsForPath(path: string): string[] {
  const article = ARTICLE.exec(path)?.[1] ?? SOCIAL_CARD.exec(path)?.[1];
  if (article) return [ALL_PAGES_TAG, articleTag(article)];
  const listing = LISTING.exec(path)?.[1];
  if (listing) return [ALL_PAGES_TAG, listingTag(listing)];
  if (path === "/" || path.startsWith("/front/")) return [ALL_PAGES_TAG, FRONT];
  // Every feed and sitemap carries one tag: any save that changes a listing purges them all.
  if (FEED.test(path)) return [ALL_PAGES_TAG, FEEDS];
  return [ALL_PAGES_TAG, `path:${path}`];
}

/** What places an article on cached pages. */
export interface ArticlePlacement {
  slug: string;
  /** Every category the piece is filed in, with their ancestors (a parent lists its children's pieces). */
  categorySlugs: readonly string[];
  tagSlugs: readonly string[];
  authorSlugs: readonly string[];
}

/**
 * The tags of every cached page that shows these articles: each article page (and its
 * Open Graph image), the front page, the feeds and sitemaps, and every page of the latest, category, tag and author listings they
 * appear in (a listing's pages all shift when a piece enters or leaves it). Pass an article
 * as it was before a save and as it is after, so pages it left are purged too.
 */
export function pageTagsShowingArticles(placements: readonly ArticlePlacement[]): string[] {
  if (placements.length === 0) return [];
  const tags = new Set<string>([FRONT, FEEDS, listingTag("latest")]);
  for (const p of placements) {
    tags.add(articleTag(p.slug));
    for (const s of p.categorySlugs) tags.add(listingTag(`categories/${s}`));
    for (const s of p.tagSlugs) tags.add(listingTag(`tags/${s}`));
    for (const s of p.authorSlugs) tags.add(listingTag(`authors/${s}`));
  }
  return [...tags];
}

/** The tag of every page of an author's listing (their profile). */
export function authorPageTag(slug: string): string {
  return listingTag(`authors/${slug}`);
}

/** The tag of every page of a tag's listing. */
export function tagPageTag(slug: string): string {
  return listingTag(`tags/${slug}`);
}

function articleTag(slug: string): string {
  return `article:${slug}`;
}

function listingTag(listing: string): string {
  return `listing:${listing}`;
}
