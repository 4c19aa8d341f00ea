import { eq, or } from "drizzle-orm";
import type { Database } from "@/db/client";
import { legacyRedirects } from "@/db/schema";
import { writeLegacyRedirects } from "@/lib/import/write-legacy-redirects";

/**
 * Keeps a section's old address answering after a rename or merge: `from` redirects to
 * `to`, and older addresses that led to `from` (an earlier rename, an imported WordPress
 * link) now lead straight to `to`, so no reader follows a chain. `to` itself is a live
 * address again, so a redirect from it (renaming back) is dropped.
 */
export async function redirectSectionPath(db: Database, from: string, to: string): Promise<void> {
  await db.delete(legacyRedirects).where(eq(legacyRedirects.fromPath, to));
  await db.update(legacyRedirects).set({ toPath: to }).where(eq(legacyRedirects.toPath, from));
  await writeLegacyRedirects(db, [{ from, to }]);
}

/**
 * A section now lives at `path` (just created), or nothing does any more (deleted): a
 * redirect away from it, or onto it, would be wrong.
 */
export async function dropSectionRedirects(db: Database, path: string, options: { incoming: boolean }): Promise<void> {
  const outgoing = eq(legacyRedirects.fromPath, path);
  await db.delete(legacyRedirects).where(options.incoming ? or(outgoing, eq(legacyRedirects.toPath, path)) : outgoing);
}
