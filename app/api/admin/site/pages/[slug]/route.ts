import { NextResponse } from "next/server";
import { readJson } from "@/app/_lib/route-handler";
import { staffMutation } from "@/app/admin/_lib/staff-route";
import { saveSitePage } from "@/lib/admin/site/save-site-page";
import { purgePages } from "@/server/cache/page-cache";
import { currentLocale } from "@/app/_lib/locale";

/** Writes a footer page (about, contact, privacy, terms, imprint). */
export const POST = staffMutation<{ slug: string }>("manageSiteSettings", async ({ request, db, member, params }) => {
  const saved = await saveSitePage(db, { locale: await currentLocale(), actorId: member.viewer.id, slug: params.slug, input: await readJson(request, 256 * 1024), now: new Date() });
  await purgePages(saved.tags);
  return NextResponse.json({ message: saved.message });
});
