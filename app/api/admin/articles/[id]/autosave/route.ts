import { NextResponse } from "next/server";
import { getTranslations } from "next-intl/server";
import { readJson } from "@/app/_lib/route-handler";
import { articleState } from "@/lib/admin/articles/article-state";
import { autosaveArticle } from "@/lib/admin/editor/autosave-article";
import { purgePages } from "@/server/cache/page-cache";
import { idParam, staffMutation } from "@/app/admin/_lib/staff-route";

/** The editor's background save of an unpublished piece (version-checked, never publishes). */
export const POST = staffMutation<{ id: string }>("writeArticles", async ({ request, db, member, params }) => {
  const now = new Date();
  const saved = await autosaveArticle(db, member.viewer, await readJson(request, 512 * 1024), { id: idParam(params.id), now });
  await purgePages(saved.tags);
  return NextResponse.json({ id: saved.id, version: saved.version, state: articleState(saved, now), message: (await getTranslations("admin.api"))("autosaved"), savedAt: now.toISOString() });
});
