import type { Database } from "@/db/client";
import { loadCategoryTree, type CategoryTree } from "@/lib/taxonomy/category-tree";
import type { ArticleCard } from "./article-card";
import { listArticles } from "./list-articles";

export interface FrontPage {
  tree: CategoryTree;
  lead: ArticleCard | null;
  latest: ArticleCard[];
  sections: { slug: string; name: string; cards: ArticleCard[] }[];
}

/** The front page: the newest piece as lead, the next six, then four per top-level section. */
export async function loadFrontPage(db: Database, options: { now: Date }): Promise<FrontPage> {
  const tree = await loadCategoryTree(db);
  const { cards } = await listArticles(db, { limit: 7, offset: 0, now: options.now });
  const [lead, ...latest] = cards;
  const shown = cards.map((c) => c.id);
  const sections = await Promise.all(
    tree.children(null).map(async (top) => {
      const page = await listArticles(db, {
        filter: { categoryIds: tree.descendantIds(top.id), excludeIds: shown },
        limit: 4,
        offset: 0,
        now: options.now,
      });
      return { slug: top.slug, name: top.name, cards: page.cards };
    }),
  );
  return { tree, lead: lead ?? null, latest, sections };
}
