import type { Database } from "@/db/client";
import { listArticles, type ArticleFilter, type ArticlePage } from "./list-articles";
import { PAGE_SIZE, pageCount } from "./pagination";

/** One page of a listing, or null when the page number is past the end (→ 404). */
export async function listPage(
  db: Database,
  options: { filter?: ArticleFilter; page: number; now: Date },
): Promise<(ArticlePage & { pages: number }) | null> {
  const result = await listArticles(db, {
    filter: options.filter,
    limit: PAGE_SIZE,
    offset: (options.page - 1) * PAGE_SIZE,
    now: options.now,
  });
  const pages = pageCount(result.total);
  if (options.page > pages) return null;
  return { ...result, pages };
}
