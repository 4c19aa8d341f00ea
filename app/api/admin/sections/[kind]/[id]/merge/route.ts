import { currentLocale } from "@/app/_lib/locale";
import { NextResponse } from "next/server";
import { readJson } from "@/app/_lib/route-handler";
import { idParam, sectionKindParam, staffMutation } from "@/app/admin/_lib/staff-route";
import { mergeSections } from "@/lib/admin/sections/merge-sections";
import { purgePages } from "@/server/cache/page-cache";

/** Merges a category or tag into another of its kind (body: `{ targetId }`). */
export const POST = staffMutation<{ kind: string; id: string }>("manageAccess", async ({ request, db, member, params }) => {
  const merged = await mergeSections(db, { actorId: member.viewer.id, kind: sectionKindParam(params.kind), sourceId: idParam(params.id), input: await readJson(request), locale: await currentLocale() });
  await purgePages(merged.tags);
  return NextResponse.json({ message: merged.message });
});
