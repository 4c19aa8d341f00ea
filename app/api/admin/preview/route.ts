import { NextResponse } from "next/server";
import { readJson } from "@/app/_lib/route-handler";
import { previewArticleBody } from "@/lib/admin/articles/preview-article-body";
import { staffMutation } from "@/app/admin/_lib/staff-route";

/** Live preview of the editor's Markdown through the site's own pipeline. POST: bodies are long. */
export const POST = staffMutation("writeArticles", async ({ request, db }) => {
  return NextResponse.json(await previewArticleBody(db, await readJson(request, 512 * 1024)));
});
