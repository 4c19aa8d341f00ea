import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { articles, settings } from "@/db/schema";
import type { Requirement } from "@/lib/access/types";
import { parseLevelLabels } from "@/lib/settings/settings";
import { isPublishedRow } from "./published";

export interface ArticleAccess {
  id: number;
  isPublished: boolean;
  requirement: Requirement;
  levelLabels: readonly string[];
}

/**
 * What deciding a signed-in reader's view of a shared article page needs, in one
 * round-trip: the effective requirement and the level labels for the paywall box. The
 * gated part is not read here: only after decideAccess allows it (lib/articles/load-gated-html).
 */
export async function loadArticleAccess(db: Database, slug: string, now: Date): Promise<ArticleAccess | null> {
  const [row] = await db
    .select({
      id: articles.id,
      status: articles.status,
      publishedAt: articles.publishedAt,
      effReqLevel: articles.effReqLevel,
      effReqCcaps: articles.effReqCcaps,
      levelLabels: sql<unknown>`(select ${settings.value} from ${settings} where ${settings.key} = 'levelLabels')`,
    })
    .from(articles)
    .where(eq(articles.slug, slug))
    .limit(1);
  if (!row) return null;
  return {
    id: row.id,
    isPublished: isPublishedRow(row, now),
    requirement: { level: row.effReqLevel, ccaps: row.effReqCcaps },
    levelLabels: parseLevelLabels(row.levelLabels),
  };
}
