import { readFile } from "node:fs/promises";
import path from "node:path";
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { media } from "@/db/schema";
import { isMediaId, mediaDir } from "./media-dir";

/** An uploaded image's bytes and its checked content type, or null when unknown. */
export async function readMedia(db: Database, id: string): Promise<{ contentType: string; body: Buffer } | null> {
  if (!isMediaId(id)) return null;
  const [row] = await db.select().from(media).where(eq(media.id, id)).limit(1);
  if (!row) return null;
  if (row.data !== null) return { contentType: row.contentType, body: Buffer.from(row.data, "base64") };
  const dir = mediaDir();
  if (!dir) return null;
  try {
    return { contentType: row.contentType, body: await readFile(path.join(dir, id)) };
  } catch {
    return null;
  }
}
