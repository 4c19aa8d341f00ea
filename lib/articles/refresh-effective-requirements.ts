import { eq, inArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { articleCategories, articles, articleTags, tags } from "@/db/schema";
import { effectiveRequirement } from "@/lib/access/effective-requirement";
import type { Requirement } from "@/lib/access/types";
import { loadCategoryTree } from "@/lib/taxonomy/category-tree";

function sameRequirement(a: Requirement, b: Requirement): boolean {
  return a.level === b.level && a.ccaps.join(",") === b.ccaps.join(",");
}

/**
 * Recomputes the stored effective requirement of the given articles (all when omitted)
 * from their own, their categories' (with ancestors) and their tags' requirements.
 * Returns the ids whose effective requirement changed, so callers can invalidate caches.
 */
export async function refreshEffectiveRequirements(db: Database, articleIds?: number[]): Promise<number[]> {
  if (articleIds && articleIds.length === 0) return [];
  const [tree, rows, catLinks, tagLinks] = await Promise.all([
    loadCategoryTree(db),
    db
      .select({ id: articles.id, reqLevel: articles.reqLevel, reqCcaps: articles.reqCcaps, effReqLevel: articles.effReqLevel, effReqCcaps: articles.effReqCcaps })
      .from(articles)
      .where(articleIds ? inArray(articles.id, articleIds) : undefined),
    db
      .select()
      .from(articleCategories)
      .where(articleIds ? inArray(articleCategories.articleId, articleIds) : undefined),
    db
      .select({ articleId: articleTags.articleId, reqLevel: tags.reqLevel, reqCcaps: tags.reqCcaps })
      .from(articleTags)
      .innerJoin(tags, eq(articleTags.tagId, tags.id))
      .where(articleIds ? inArray(articleTags.articleId, articleIds) : undefined),
  ]);

  const changed: number[] = [];
  for (const row of rows) {
    const next = effectiveRequirement({
      own: { level: row.reqLevel, ccaps: row.reqCcaps },
      categoryChains: catLinks
        .filter((l) => l.articleId === row.id)
        .map((l) => tree.path(l.categoryId).map((c) => ({ level: c.reqLevel, ccaps: c.reqCcaps }))),
      tags: tagLinks.filter((l) => l.articleId === row.id).map((l) => ({ level: l.reqLevel, ccaps: l.reqCcaps })),
    });
    if (sameRequirement(next, { level: row.effReqLevel, ccaps: row.effReqCcaps })) continue;
    await db.update(articles).set({ effReqLevel: next.level, effReqCcaps: [...next.ccaps] }).where(eq(articles.id, row.id));
    changed.push(row.id);
  }
  return changed;
}
