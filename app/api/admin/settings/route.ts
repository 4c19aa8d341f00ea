import { NextResponse } from "next/server";
import { readJson } from "@/app/_lib/route-handler";
import { purgePages } from "@/server/cache/page-cache";
import { updateSettings } from "@/lib/admin/settings/update-settings";
import { staffMutation } from "@/app/admin/_lib/staff-route";
import { currentLocale } from "@/app/_lib/locale";

/** Level labels and teaser length (editors); site settings (admins, checked in updateSettings). */
export const POST = staffMutation("manageAccess", async ({ request, db, member }) => {
  const result = await updateSettings(db, member.viewer, await readJson(request), await currentLocale());
  await purgePages(result.tags);
  return NextResponse.json({ message: result.message });
});
