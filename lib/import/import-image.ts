import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Database } from "@/db/client";
import { storeUpload } from "@/lib/admin/media/store-upload";
import { saveMapping, type Mapping } from "./import-mappings";

/** Where an uploads URL's file sits in a copy of wp-content/uploads, or null for other URLs. */
function uploadsPath(url: string, uploadsDir: string): string | null {
  const m = url.match(/\/wp-content\/uploads\/([^?#]+)/i);
  if (!m) return null;
  let rel: string;
  try {
    rel = decodeURIComponent(m[1]!);
  } catch {
    return null;
  }
  const full = path.resolve(uploadsDir, rel);
  // Never outside the folder, whatever the URL says ("../").
  return full.startsWith(path.resolve(uploadsDir) + path.sep) ? full : null;
}

async function fetchImage(url: string): Promise<Uint8Array | null> {
  if (!/^https?:\/\//i.test(url)) return null;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5_000), redirect: "follow" });
    return response.ok ? new Uint8Array(await response.arrayBuffer()) : null;
  } catch {
    return null;
  }
}

/**
 * Copies one image into Lede's media (from the uploads folder when given, else fetched when
 * reachable) once per URL across runs, and returns its Lede URL; null when it cannot be had.
 */
export async function importImage(db: Database, options: { url: string; uploadsDir: string | null; known: Map<string, Mapping>; now: Date }): Promise<string | null> {
  const { url, uploadsDir, known, now } = options;
  const mapped = known.get(url);
  if (mapped) return `/media/${mapped.ledeId}`;
  const file = uploadsDir ? uploadsPath(url, uploadsDir) : null;
  const bytes = file ? await readFile(file).then((b) => new Uint8Array(b), () => null) : uploadsDir ? null : await fetchImage(url);
  if (!bytes) return null;
  try {
    const stored = await storeUpload(db, { bytes, uploadedBy: null });
    const mapping = { ledeId: stored.id, sourceHash: "", ledeVersion: null };
    await saveMapping(db, "attachment", url, mapping, now);
    known.set(url, mapping);
    return stored.url;
  } catch {
    // Not an image we accept (type or size): the article keeps its old address.
    return null;
  }
}
