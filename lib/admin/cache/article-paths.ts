/** What a cached page needs to know about an article to say whether it shows it. */
export interface ArticleRef {
  slug: string;
  /** Every category the piece is filed in, with their ancestors (a parent lists its children's pieces). */
  categorySlugs: readonly string[];
  tagSlugs: readonly string[];
  authorSlugs: readonly string[];
}

/** A concrete path to revalidate; `layout` on "/" means every page. */
export interface CachePath {
  path: string;
  type?: "layout";
}

/** Single pages that show an article, and listings (paginated at `/page/N`) it appears in. */
export interface CacheTargets {
  pages: string[];
  listings: string[];
}

/**
 * The cached pages that show these articles: each article page, the front page, and the
 * latest, category, tag and author listings they appear in. Pass the article as it was
 * before a save and as it is after, so pages it left are refreshed too.
 */
export function pathsShowingArticles(refs: readonly ArticleRef[]): CacheTargets {
  if (refs.length === 0) return { pages: [], listings: [] };
  const pages = new Set<string>(["/", "/front/home"]);
  const listings = new Set<string>(["/latest"]);
  for (const ref of refs) {
    pages.add(`/articles/${ref.slug}`);
    for (const s of ref.categorySlugs) listings.add(`/categories/${s}`);
    for (const s of ref.tagSlugs) listings.add(`/tags/${s}`);
    for (const s of ref.authorSlugs) listings.add(`/authors/${s}`);
  }
  return { pages: [...pages], listings: [...listings] };
}

/**
 * Every page of a listing: a new piece shifts all of them, and may open one more page
 * (which could have been cached as "not found").
 */
export function listingPagePaths(base: string, pageCount: number): string[] {
  return [base, ...Array.from({ length: pageCount }, (_, i) => `${base}/page/${i + 2}`)];
}

/** Every public page: for changes that touch them all (level labels, teaser length). */
export const ALL_PAGES: CachePath[] = [{ path: "/", type: "layout" }];
