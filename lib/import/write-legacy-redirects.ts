import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { legacyRedirects } from "@/db/schema";
import { legacyKey } from "./legacy-key";

/**
 * Stores old addresses → Lede paths (keys normalised by legacyKey). A later import of the
 * same object moves its redirects to its current path. Returns how many it wrote.
 */
export async function writeLegacyRedirects(db: Database, entries: readonly { from: string; to: string }[]): Promise<number> {
  const rows = new Map<string, string>();
  for (const e of entries) {
    const key = legacyKey(e.from);
    // A redirect to itself would loop; the Lede path is never a key of its own.
    if (key && key !== e.to) rows.set(key, e.to);
  }
  if (rows.size === 0) return 0;
  await db
    .insert(legacyRedirects)
    .values([...rows].map(([fromPath, toPath]) => ({ fromPath, toPath })))
    .onConflictDoUpdate({ target: legacyRedirects.fromPath, set: { toPath: sql`excluded.to_path` } });
  return rows.size;
}
