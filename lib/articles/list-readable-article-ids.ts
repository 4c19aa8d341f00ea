import { inArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { articles } from "@/db/schema";
import { decideAccess } from "@/lib/access/decide-access";
import type { Viewer } from "@/lib/access/types";
import { isPublishedRow } from "./published";

/** At most this many ids per ask: a listing page shows fewer. */
export const MAX_READABLE_IDS = 100;

/**
 * Which of these articles the viewer may read in full now, by their own entitlements (no
 * meter, no gift): for the badges of shared listing pages, marked per reader in the
 * browser. Reads requirements only, never an article's text.
 */
export async function listReadableArticleIds(db: Database, viewer: Viewer, ids: readonly number[], now: Date): Promise<number[]> {
  if (viewer.kind === "anonymous" || ids.length === 0) return [];
  const rows = await db
    .select({ id: articles.id, status: articles.status, publishedAt: articles.publishedAt, level: articles.effReqLevel, ccaps: articles.effReqCcaps })
    .from(articles)
    .where(inArray(articles.id, [...ids].slice(0, MAX_READABLE_IDS)));
  return rows
    .filter((r) => isPublishedRow(r, now) && decideAccess(viewer, { level: r.level, ccaps: r.ccaps }, { now, isPublished: true, isOwnArticle: false }).allowed)
    .map((r) => r.id)
    .sort((a, b) => a - b);
}
