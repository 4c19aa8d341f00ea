import { NextResponse } from "next/server";
import { BodyTooLargeError, readBoundedForm } from "@/app/_lib/read-bounded-body";
import { MAX_UPLOAD_BYTES, storeUpload } from "@/lib/admin/media/store-upload";
import { AppError } from "@/lib/errors";
import { staffMutation } from "@/app/admin/_lib/staff-route";

/** Image upload (multipart, field `file`) for hero images and author photos. */
export const POST = staffMutation("writeArticles", async ({ request, db, member }) => {
  // The multipart envelope adds a little to the image itself; anything past that is refused unread.
  const form = await readBoundedForm(request, MAX_UPLOAD_BYTES + 64 * 1024).catch((e: unknown) => {
    if (e instanceof BodyTooLargeError) throw new AppError("PAYLOAD_TOO_LARGE", "Images may be up to 5 MB.", { file: "Images may be up to 5 MB." });
    return null;
  });
  const file = form?.get("file");
  if (!(file instanceof File)) throw new AppError("INVALID_INPUT", "Choose an image file.", { file: "Choose an image file." });
  const stored = await storeUpload(db, { bytes: new Uint8Array(await file.arrayBuffer()), uploadedBy: member.viewer.id });
  return NextResponse.json({ url: stored.url, message: "Image uploaded." }, { status: 201 });
});
