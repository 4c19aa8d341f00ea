import { currentLocale } from "@/app/_lib/locale";
import { NextResponse } from "next/server";
import { idParam, sectionKindParam, staffMutation } from "@/app/admin/_lib/staff-route";
import { deleteSection } from "@/lib/admin/sections/delete-section";
import { purgePages } from "@/server/cache/page-cache";

/** Deletes a category or tag (its articles stay). */
export const POST = staffMutation<{ kind: string; id: string }>("manageAccess", async ({ db, member, params }) => {
  const deleted = await deleteSection(db, { actorId: member.viewer.id, kind: sectionKindParam(params.kind), id: idParam(params.id), locale: await currentLocale() });
  await purgePages(deleted.tags);
  return NextResponse.json({ message: deleted.message });
});
