import { NextResponse } from "next/server";
import { articleSaveMessage } from "@/app/admin/_lib/article-save-message";
import { readJson } from "@/app/_lib/route-handler";
import { purgePages } from "@/server/cache/page-cache";
import { saveArticle } from "@/lib/admin/articles/save-article";
import { staffMutation } from "@/app/admin/_lib/staff-route";

/** Creates an article from the editor form, then opens it in the editor. */
export const POST = staffMutation("writeArticles", async ({ request, db, member }) => {
  const now = new Date();
  const saved = await saveArticle(db, member.viewer, await readJson(request, 512 * 1024), { now });
  await purgePages(saved.tags);
  return NextResponse.json({ id: saved.id, message: await articleSaveMessage(saved, now), redirect: `/admin/articles/${saved.id}` }, { status: 201 });
});
