import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Database } from "@/db/client";
import { media } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { mediaDir } from "@/lib/media/media-dir";
import { sniffImageType } from "./sniff-image-type";

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/**
 * Stores an uploaded image after checking its size and its real type (magic bytes), under
 * LEDE_MEDIA_DIR or in the database, and returns the URL it is served at (/media/<id>).
 */
export async function storeUpload(db: Database, options: { bytes: Uint8Array; uploadedBy: string | null }): Promise<{ id: string; url: string; contentType: string }> {
  const { bytes } = options;
  if (bytes.byteLength === 0) throw new AppError("INVALID_INPUT", "The file is empty.", { file: "Choose an image file." });
  if (bytes.byteLength > MAX_UPLOAD_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", "Images may be up to 5 MB.", { file: "Images may be up to 5 MB." });
  const contentType = sniffImageType(bytes);
  if (!contentType) throw new AppError("INVALID_INPUT", "Upload a PNG, JPEG, WebP or GIF image.", { file: "Upload a PNG, JPEG, WebP or GIF image." });
  const id = crypto.randomUUID();
  const dir = mediaDir();
  if (dir) {
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, id), bytes);
  }
  await db.insert(media).values({ id, contentType, bytes: bytes.byteLength, data: dir ? null : Buffer.from(bytes).toString("base64"), uploadedBy: options.uploadedBy });
  return { id, url: `/media/${id}`, contentType };
}
