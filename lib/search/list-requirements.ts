import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { articles } from "@/db/schema";
import type { Requirement } from "@/lib/access/types";

const FRESH_MS = 10_000;
const kept = new WeakMap<Database, { at: number; requirements: Promise<Requirement[]> }>();

/**
 * The distinct effective requirements of the archive (drafts too: the set is only asked about): what a search asks
 * decideAccess about before it counts anything, so which full texts count never depends
 * on what the query matched. A handful of rows, read by one scan and kept for ten seconds
 * per database (a requirement that appears in between is searched by its public text
 * only until then: never more than the viewer may find).
 */
export function listRequirements(db: Database): Promise<Requirement[]> {
  const entry = kept.get(db);
  if (entry && Date.now() - entry.at < FRESH_MS) return entry.requirements;
  const requirements = db
    .selectDistinct({ level: articles.effReqLevel, ccaps: articles.effReqCcaps })
    .from(articles)
    .orderBy(sql`1, 2`)
    .then((rows) => rows.map((r) => ({ level: r.level, ccaps: r.ccaps })));
  kept.set(db, { at: Date.now(), requirements });
  requirements.catch(() => kept.delete(db));
  return requirements;
}
