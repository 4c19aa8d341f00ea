import type { Database } from "@/db/client";
import { categories, type Category } from "@/db/schema";

export interface CategoryTree {
  byId: Map<number, Category>;
  bySlug: Map<string, Category>;
  /** The category and its ancestors, root first: Regions › North Africa › Libya. */
  path(id: number): Category[];
  /** The category and every category below it. */
  descendantIds(id: number): number[];
  children(id: number | null): Category[];
}

export function buildCategoryTree(rows: readonly Category[]): CategoryTree {
  const byId = new Map(rows.map((c) => [c.id, c]));
  const bySlug = new Map(rows.map((c) => [c.slug, c]));
  const children = (id: number | null) =>
    rows.filter((c) => c.parentId === id).sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
  return {
    byId,
    bySlug,
    path(id) {
      const out: Category[] = [];
      const seen = new Set<number>();
      // The seen set guards against a cycle an editor might create.
      for (let c = byId.get(id); c && !seen.has(c.id); c = c.parentId === null ? undefined : byId.get(c.parentId)) {
        seen.add(c.id);
        out.unshift(c);
      }
      return out;
    },
    descendantIds(id) {
      const out: number[] = [];
      const queue = [id];
      while (queue.length > 0) {
        const next = queue.shift()!;
        if (out.includes(next)) continue;
        out.push(next);
        queue.push(...children(next).map((c) => c.id));
      }
      return out;
    },
    children,
  };
}

export async function loadCategoryTree(db: Database): Promise<CategoryTree> {
  return buildCategoryTree(await db.select().from(categories));
}
