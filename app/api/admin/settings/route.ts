import { NextResponse } from "next/server";
import { readJson } from "@/app/_lib/route-handler";
import { purgePages } from "@/server/cache/page-cache";
import { updateSettings } from "@/lib/admin/settings/update-settings";
import { staffMutation } from "@/app/admin/_lib/staff-route";

/** Level labels and teaser length (editors); site settings (admins, checked in updateSettings). */
export const POST = staffMutation("manageAccess", async ({ request, db, member }) => {
  const result = await updateSettings(db, member.viewer, await readJson(request));
  await purgePages(result.tags);
  return NextResponse.json({ message: result.message });
});
