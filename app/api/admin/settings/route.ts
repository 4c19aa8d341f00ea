import { NextResponse } from "next/server";
import { readJson } from "@/app/_lib/route-handler";
import { revalidatePaths } from "@/server/cache/revalidate-paths-next";
import { updateSettings } from "@/lib/admin/settings/update-settings";
import { staffMutation } from "@/app/admin/_lib/staff-route";

/** Level labels and teaser length (editors); site settings (admins, checked in updateSettings). */
export const POST = staffMutation("manageAccess", async ({ request, db, member }) => {
  const result = await updateSettings(db, member.viewer, await readJson(request));
  revalidatePaths(result.paths);
  return NextResponse.json({ message: result.message });
});
