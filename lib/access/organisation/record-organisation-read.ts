import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { organisationReads } from "@/db/schema";
import type { InstitutionVia } from "../types";

/** The first day of `now`'s month (UTC), as the usage table keys it. */
export const usageMonth = (now: Date) => `${now.toISOString().slice(0, 7)}-01`;

/**
 * Counts a read of a gated article that an organisation's access opened (its range, domain or
 * seat): one upsert into the month's counter for the article, never a row per read.
 */
export async function recordOrganisationRead(db: Database, options: { organisationId: number; articleId: number; via: InstitutionVia; now: Date }): Promise<void> {
  try {
    await insertRead(db, options);
  } catch (e) {
    // The organisation (or article) was removed a moment ago (the address ranges are re-read every 30 s): nothing to count.
    if ((e as { code?: unknown }).code === "23503" || (e as { cause?: { code?: unknown } }).cause?.code === "23503") return;
    throw e;
  }
}

async function insertRead(db: Database, options: { organisationId: number; articleId: number; via: InstitutionVia; now: Date }): Promise<void> {
  await db
    .insert(organisationReads)
    .values({ organisationId: options.organisationId, articleId: options.articleId, via: options.via, month: usageMonth(options.now), reads: 1 })
    .onConflictDoUpdate({ target: [organisationReads.organisationId, organisationReads.month, organisationReads.articleId, organisationReads.via], set: { reads: sql`${organisationReads.reads} + 1` } });
}
