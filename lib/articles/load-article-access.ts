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
  /** Only for a viewer decideAccess allowed; the caller drops it otherwise. */
  gatedHtml: string;
  levelLabels: readonly string[];
}

/**
 * What a signed-in reader's view of a shared article page needs, in one round-trip: the
 * effective requirement, the gated part (read with it so a reader costs one query, used
 * only after the decision) and the level labels for the paywall box.
 */
export async function loadArticleAccess(db: Database, slug: string, now: Date): Promise<ArticleAccess | null> {
  const [row] = await db
    .select({
      id: articles.id,
      status: articles.status,
      publishedAt: articles.publishedAt,
      effReqLevel: articles.effReqLevel,
      effReqCcaps: articles.effReqCcaps,
      gatedHtml: articles.gatedHtml,
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
    gatedHtml: row.gatedHtml,
    levelLabels: parseLevelLabels(row.levelLabels),
  };
}
