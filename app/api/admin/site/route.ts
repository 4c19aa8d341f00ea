import { NextResponse } from "next/server";
import { readJson } from "@/app/_lib/route-handler";
import { staffMutation } from "@/app/admin/_lib/staff-route";
import { updateSiteIdentity } from "@/lib/admin/site/update-site-identity";
import { purgePages } from "@/server/cache/page-cache";
import { currentLocale } from "@/app/_lib/locale";

/** The site's name, tagline, images, colour, navigation and announcement (admins). */
export const POST = staffMutation("manageSiteSettings", async ({ request, db, member }) => {
  const result = await updateSiteIdentity(db, { locale: await currentLocale(), actorId: member.viewer.id, input: await readJson(request, 64 * 1024) });
  await purgePages(result.tags);
  return NextResponse.json({ message: result.message });
});
