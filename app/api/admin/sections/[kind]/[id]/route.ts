import { currentLocale } from "@/app/_lib/locale";
import { NextResponse } from "next/server";
import { readJson } from "@/app/_lib/route-handler";
import { idParam, sectionKindParam, staffMutation } from "@/app/admin/_lib/staff-route";
import { saveSection } from "@/lib/admin/sections/save-section";
import { purgePages } from "@/server/cache/page-cache";

/** Renames, re-describes or moves a category or tag. */
export const POST = staffMutation<{ kind: string; id: string }>("manageAccess", async ({ request, db, member, params }) => {
  const saved = await saveSection(db, { actorId: member.viewer.id, kind: sectionKindParam(params.kind), id: idParam(params.id), input: await readJson(request), locale: await currentLocale() });
  await purgePages(saved.tags);
  return NextResponse.json({ id: saved.id, message: saved.message });
});
