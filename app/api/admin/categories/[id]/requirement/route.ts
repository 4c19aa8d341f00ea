import { currentLocale } from "@/app/_lib/locale";
import { NextResponse } from "next/server";
import { readJson } from "@/app/_lib/route-handler";
import { setCategoryRequirement } from "@/lib/admin/access/set-category-requirement";
import { purgePages } from "@/server/cache/page-cache";
import { idParam, staffMutation } from "@/app/admin/_lib/staff-route";

export const POST = staffMutation<{ id: string }>("manageAccess", async ({ request, db, member, params }) => {
  const result = await setCategoryRequirement(db, { actorId: member.viewer.id, categoryId: idParam(params.id), input: await readJson(request), locale: await currentLocale() });
  await purgePages(result.tags);
  return NextResponse.json({ message: result.message });
});
