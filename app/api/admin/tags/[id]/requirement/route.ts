import { currentLocale } from "@/app/_lib/locale";
import { NextResponse } from "next/server";
import { readJson } from "@/app/_lib/route-handler";
import { setTagRequirement } from "@/lib/admin/access/set-tag-requirement";
import { purgePages } from "@/server/cache/page-cache";
import { idParam, staffMutation } from "@/app/admin/_lib/staff-route";

export const POST = staffMutation<{ id: string }>("manageAccess", async ({ request, db, member, params }) => {
  const result = await setTagRequirement(db, { actorId: member.viewer.id, tagId: idParam(params.id), input: await readJson(request), locale: await currentLocale() });
  await purgePages(result.tags);
  return NextResponse.json({ message: result.message });
});
