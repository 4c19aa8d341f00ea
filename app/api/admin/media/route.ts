import { NextResponse } from "next/server";
import { storeUpload } from "@/lib/admin/media/store-upload";
import { AppError } from "@/lib/errors";
import { staffMutation } from "@/app/admin/_lib/staff-route";

/** Image upload (multipart, field `file`) for hero images and author photos. */
export const POST = staffMutation("writeArticles", async ({ request, db, member }) => {
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  if (!(file instanceof File)) throw new AppError("INVALID_INPUT", "Choose an image file.", { file: "Choose an image file." });
  const stored = await storeUpload(db, { bytes: new Uint8Array(await file.arrayBuffer()), uploadedBy: member.viewer.id });
  return NextResponse.json({ url: stored.url, message: "Image uploaded." }, { status: 201 });
});
