import path from "node:path";
import { env } from "@/lib/env";

/** Uploads go to this folder when LEDE_MEDIA_DIR is set; otherwise into the database. */
export function mediaDir(): string | null {
  const dir = env().LEDE_MEDIA_DIR;
  return dir ? path.resolve(dir) : null;
}

/** Media ids are random UUIDs; anything else never reaches the file system. */
export function isMediaId(id: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id);
}
