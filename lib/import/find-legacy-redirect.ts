import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { legacyRedirects } from "@/db/schema";
import { legacyKey } from "./legacy-key";

/**
 * The Lede path an old WordPress address moved to (from the redirects table the importer
 * fills), or null. One indexed lookup; call it only when mayBeLegacyUrl says it can be one.
 */
export async function findLegacyRedirect({ db, pathAndQuery }: { db: Database; pathAndQuery: string }): Promise<string | null> {
  const key = legacyKey(pathAndQuery);
  if (!key) return null;
  const [row] = await db.select({ to: legacyRedirects.toPath }).from(legacyRedirects).where(eq(legacyRedirects.fromPath, key)).limit(1);
  return row?.to ?? null;
}
