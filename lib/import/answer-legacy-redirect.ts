import type { Database } from "@/db/client";
import { findLegacyRedirect } from "./find-legacy-redirect";

/**
 * The production server's answer to an old WordPress link: a 301 to its Lede address on the
 * public origin (LEDE_PUBLIC_URL, else a relative Location), or null to go on as usual.
 * Cached for a day by browsers and CDNs: the importer only ever adds or moves redirects.
 */
export async function answerLegacyRedirect(db: Database, pathAndQuery: string): Promise<{ status: 301; headers: Record<string, string> } | null> {
  const to = await findLegacyRedirect({ db, pathAndQuery });
  if (!to) return null;
  const origin = process.env.LEDE_PUBLIC_URL?.replace(/\/$/, "") ?? "";
  return { status: 301, headers: { location: origin + to, "cache-control": "public, max-age=86400" } };
}
