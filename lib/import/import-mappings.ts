import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { wordpressImportMap } from "@/db/schema";

export type MappingKind = "author" | "category" | "tag" | "post" | "member" | "attachment";

export interface Mapping {
  ledeId: string;
  sourceHash: string;
  ledeVersion: number | null;
  detail?: unknown;
}

/** Everything earlier runs mapped for one kind (WordPress key → Lede row), to tell new from known. */
export async function loadMappings(db: Database, kind: MappingKind): Promise<Map<string, Mapping>> {
  const rows = await db
    .select({ wpKey: wordpressImportMap.wpKey, ledeId: wordpressImportMap.ledeId, sourceHash: wordpressImportMap.sourceHash, ledeVersion: wordpressImportMap.ledeVersion })
    .from(wordpressImportMap)
    .where(eq(wordpressImportMap.kind, kind));
  return new Map(rows.map((r) => [r.wpKey, { ledeId: r.ledeId, sourceHash: r.sourceHash, ledeVersion: r.ledeVersion }]));
}

/** Records (or moves) where a WordPress object went, with the hash of the source it came from. */
export async function saveMapping(db: Database, kind: MappingKind, wpKey: string, mapping: Mapping, now: Date): Promise<void> {
  const values = { ...mapping, importedAt: now };
  await db
    .insert(wordpressImportMap)
    .values({ kind, wpKey, ...values })
    .onConflictDoUpdate({ target: [wordpressImportMap.kind, wordpressImportMap.wpKey], set: values });
}

/** A stable hash of what an object was made from: same source, same hash, "unchanged". */
export function sourceHash(value: unknown): string {
  return createHash("sha256")
    .update(JSON.stringify(value, (_k, v: unknown) => (v instanceof Map ? [...v.entries()] : v instanceof Set ? [...v] : v)))
    .digest("base64url")
    .slice(0, 32);
}
