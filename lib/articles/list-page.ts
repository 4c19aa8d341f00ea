import type { Database } from "@/db/client";
import type { ArticleCard } from "./article-card";
import { countArticles, listArticles, type ArticleFilter } from "./list-articles";
import { PAGE_SIZE, pageCount } from "./pagination";

export interface ListingPage {
  cards: ArticleCard[];
  total: number;
  pages: number;
}

/** One page of a listing, or null when the page number is past the end (→ 404). */
export async function listPage(db: Database, options: { filter?: ArticleFilter; page: number; now: Date }): Promise<ListingPage | null> {
  const [cards, total] = await Promise.all([
    listArticles(db, { filter: options.filter, limit: PAGE_SIZE, offset: (options.page - 1) * PAGE_SIZE, now: options.now }),
    countArticles(db, { filter: options.filter, now: options.now }),
  ]);
  const pages = pageCount(total);
  if (options.page > pages) return null;
  return { cards, total, pages };
}
