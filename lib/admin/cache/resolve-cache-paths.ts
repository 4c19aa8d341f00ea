import type { Database } from "@/db/client";
import { listArticles, type ArticleFilter } from "@/lib/articles/list-articles";
import { pageCount } from "@/lib/articles/pagination";
import { findAuthor, findTag } from "@/lib/taxonomy/find-by-slug";
import { loadCategoryTree } from "@/lib/taxonomy/category-tree";
import { listingPagePaths, type CachePath, type CacheTargets } from "./article-paths";

async function listingFilter(db: Database, base: string): Promise<ArticleFilter | null> {
  const [, kind, slug] = base.split("/");
  if (kind === "latest") return {};
  if (!slug) return null;
  if (kind === "categories") {
    const tree = await loadCategoryTree(db);
    const c = tree.bySlug.get(slug);
    return c ? { categoryIds: tree.descendantIds(c.id) } : null;
  }
  if (kind === "tags") {
    const t = await findTag(db, slug);
    return t ? { tagId: t.id } : null;
  }
  if (kind === "authors") {
    const a = await findAuthor(db, slug);
    return a ? { authorId: a.id } : null;
  }
  return null;
}

/** Turns listings into their concrete page paths (how many pages each has now). */
export async function resolveCachePaths(db: Database, targets: CacheTargets, now: Date): Promise<CachePath[]> {
  const out: CachePath[] = targets.pages.map((path) => ({ path }));
  for (const base of targets.listings) {
    const filter = await listingFilter(db, base);
    const total = filter ? (await listArticles(db, { filter, limit: 0, offset: 0, now })).total : 0;
    for (const path of listingPagePaths(base, pageCount(total))) out.push({ path });
  }
  return out;
}
