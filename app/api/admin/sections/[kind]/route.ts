import { currentLocale } from "@/app/_lib/locale";
import { NextResponse } from "next/server";
import { readJson } from "@/app/_lib/route-handler";
import { sectionKindParam, staffMutation } from "@/app/admin/_lib/staff-route";
import { saveSection } from "@/lib/admin/sections/save-section";
import { purgePages } from "@/server/cache/page-cache";

/** Creates a category (`/api/admin/sections/categories`) or a tag (`…/tags`). */
export const POST = staffMutation<{ kind: string }>("manageAccess", async ({ request, db, member, params }) => {
  const saved = await saveSection(db, { actorId: member.viewer.id, kind: sectionKindParam(params.kind), input: await readJson(request), locale: await currentLocale() });
  await purgePages(saved.tags);
  return NextResponse.json({ id: saved.id, message: saved.message });
});
