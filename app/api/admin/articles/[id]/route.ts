import { NextResponse } from "next/server";
import { articleSaveMessage } from "@/app/admin/_lib/article-save-message";
import { readJson } from "@/app/_lib/route-handler";
import { articleState } from "@/lib/admin/articles/article-state";
import { purgePages } from "@/server/cache/page-cache";
import { saveArticle } from "@/lib/admin/articles/save-article";
import { idParam, staffMutation } from "@/app/admin/_lib/staff-route";

/** Saves an article (version-checked), then drops the cached pages that show it. */
export const POST = staffMutation<{ id: string }>("writeArticles", async ({ request, db, member, params }) => {
  const now = new Date();
  const saved = await saveArticle(db, member.viewer, await readJson(request, 512 * 1024), { id: idParam(params.id), now });
  await purgePages(saved.tags);
  return NextResponse.json({ id: saved.id, version: saved.version, slug: saved.slug, state: articleState(saved, now), message: await articleSaveMessage(saved, now) });
});
