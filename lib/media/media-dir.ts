import path from "node:path";

/** Uploads go to this folder when LEDE_MEDIA_DIR is set; otherwise into the database. */
export function mediaDir(): string | null {
  const dir = process.env.LEDE_MEDIA_DIR?.trim();
  return dir ? path.resolve(dir) : null;
}

/** Media ids are random UUIDs; anything else never reaches the file system. */
export function isMediaId(id: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id);
}
