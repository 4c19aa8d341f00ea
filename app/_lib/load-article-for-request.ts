import { cache } from "react";
import { getDb } from "@/db/client";
import { loadArticlePage, type ArticlePageData } from "@/lib/articles/load-article-page";

/**
 * The article page's data, loaded once per request: React's request-scoped cache lets
 * generateMetadata and the page share one load instead of querying the article twice.
 * Per request only, so nothing is shared between viewers.
 */
export const loadArticleForRequest = cache(async (slug: string, includeUnpublished: boolean): Promise<ArticlePageData | null> => {
  return loadArticlePage(await getDb(), slug, { now: new Date(), includeUnpublished });
});
