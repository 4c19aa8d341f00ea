import type { Database } from "@/db/client";
import { entitlementHistory, memberCcaps, users, wordpressImportMap } from "@/db/schema";

/** New members' rows, gathered over a batch and written in a few multi-row inserts. */
export interface MemberRows {
  users: (typeof users.$inferInsert)[];
  ccaps: (typeof memberCcaps.$inferInsert)[];
  history: (typeof entitlementHistory.$inferInsert)[];
  mappings: (typeof wordpressImportMap.$inferInsert)[];
}

export const emptyMemberRows = (): MemberRows => ({ users: [], ccaps: [], history: [], mappings: [] });

/** Writes the gathered rows (in chunks PostgreSQL's parameter limit allows) and empties them. */
export async function writeMemberRows(db: Database, rows: MemberRows): Promise<void> {
  const chunks = <T>(list: T[]) => Array.from({ length: Math.ceil(list.length / 500) }, (_, i) => list.slice(i * 500, i * 500 + 500));
  for (const c of chunks(rows.users)) await db.insert(users).values(c);
  for (const c of chunks(rows.ccaps)) await db.insert(memberCcaps).values(c);
  for (const c of chunks(rows.history)) await db.insert(entitlementHistory).values(c);
  for (const c of chunks(rows.mappings)) await db.insert(wordpressImportMap).values(c);
  Object.assign(rows, emptyMemberRows());
}
