import { NextResponse } from "next/server";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { readJson } from "@/app/_lib/route-handler";
import { parseInput } from "@/lib/admin/parse-input";
import { restoreRevision } from "@/lib/admin/editor/restore-revision";
import { serialIdSchema } from "@/lib/validation/ids";
import { purgePages } from "@/server/cache/page-cache";
import { idParam, staffMutation } from "@/app/admin/_lib/staff-route";

const restoreSchema = z.object({ version: serialIdSchema });

/** Restores a revision as a new save (audited), then opens the editor on the result. */
export const POST = staffMutation<{ id: string; revisionId: string }>("writeArticles", async ({ request, db, member, params }) => {
  const articleId = idParam(params.id);
  const revisionId = idParam(params.revisionId);
  const { version } = parseInput(restoreSchema, await readJson(request, 4 * 1024));
  const saved = await restoreRevision(db, member.viewer, { articleId, revisionId, version, now: new Date() });
  await purgePages(saved.tags);
  return NextResponse.json({ version: saved.version, message: (await getTranslations("admin.api"))("restored", { id: revisionId, version: saved.version }), redirect: `/admin/articles/${articleId}/revisions?restored=${saved.version}` });
});
