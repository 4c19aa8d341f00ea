import type { Database } from "@/db/client";
import { loadCategoryTree, type CategoryTree } from "@/lib/taxonomy/category-tree";
import type { ArticleCard } from "./article-card";
import { listArticles } from "./list-articles";
import { pickFrontSections } from "./pick-front-sections";

export interface FrontPage {
  tree: CategoryTree;
  lead: ArticleCard | null;
  latest: ArticleCard[];
  sections: { slug: string; name: string; cards: ArticleCard[] }[];
}

const PER_SECTION = 4;

/**
 * The front page: the newest piece as lead, the next six, then four per top-level section,
 * never a piece twice (lib/articles/pick-front-sections). Each section fetches enough
 * candidates to fill its block even when every section above took pieces it also holds.
 */
export async function loadFrontPage(db: Database, options: { now: Date }): Promise<FrontPage> {
  const tree = await loadCategoryTree(db);
  const cards = await listArticles(db, { limit: 7, offset: 0, now: options.now });
  const [lead, ...latest] = cards;
  const shown = cards.map((c) => c.id);
  const tops = tree.children(null);
  const candidates = await Promise.all(
    tops.map(async (top, index) => {
      const pieces = await listArticles(db, {
        filter: { categoryIds: tree.descendantIds(top.id), excludeIds: shown },
        limit: PER_SECTION * (index + 1),
        offset: 0,
        now: options.now,
      });
      return { slug: top.slug, name: top.name, cards: pieces };
    }),
  );
  return { tree, lead: lead ?? null, latest, sections: pickFrontSections(candidates, shown, PER_SECTION) };
}
