import { getDb } from "@/db/client";
import { readMedia } from "@/lib/media/read-media";

/** Serves an uploaded image with the type checked at upload; ids are random, so it never changes. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const found = await readMedia(await getDb(), (await params).id);
  if (!found) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(found.body), {
    headers: {
      "content-type": found.contentType,
      "cache-control": "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
    },
  });
}
