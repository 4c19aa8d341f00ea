import { currentLocale } from "@/app/_lib/locale";
import { NextResponse } from "next/server";
import { readJson } from "@/app/_lib/route-handler";
import { bulkSetRequirement } from "@/lib/admin/access/bulk-set-requirement";
import { purgePages } from "@/server/cache/page-cache";
import { staffMutation } from "@/app/admin/_lib/staff-route";

export const POST = staffMutation("manageAccess", async ({ request, db, member }) => {
  const result = await bulkSetRequirement(db, { actorId: member.viewer.id, input: await readJson(request, 64 * 1024), locale: await currentLocale() });
  await purgePages(result.tags);
  return NextResponse.json({ message: result.message });
});
