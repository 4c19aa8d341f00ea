import type { Database } from "@/db/client";
import { env } from "@/lib/env";
import { findLegacyRedirect } from "./find-legacy-redirect";

/**
 * The production server's answer to an old WordPress link: a 301 to its Lede address on the
 * public origin (lib/env), or null to go on as usual.
 * Cached for a day by browsers and CDNs: the importer only ever adds or moves redirects.
 */
export async function answerLegacyRedirect(db: Database, pathAndQuery: string): Promise<{ status: 301; headers: Record<string, string> } | null> {
  const to = await findLegacyRedirect({ db, pathAndQuery });
  if (!to) return null;
  return { status: 301, headers: { location: env().publicOrigin + to, "cache-control": "public, max-age=86400" } };
}
