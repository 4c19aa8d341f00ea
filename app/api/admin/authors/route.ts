import { currentLocale } from "@/app/_lib/locale";
import { NextResponse } from "next/server";
import { readJson } from "@/app/_lib/route-handler";
import { saveAuthor } from "@/lib/admin/authors/save-author";
import { purgePages } from "@/server/cache/page-cache";
import { staffMutation } from "@/app/admin/_lib/staff-route";

export const POST = staffMutation("manageAuthors", async ({ request, db, member }) => {
  const saved = await saveAuthor(db, { actorId: member.viewer.id, input: await readJson(request), now: new Date(), locale: await currentLocale() });
  await purgePages(saved.tags);
  return NextResponse.json({ message: saved.message, redirect: `/admin/authors/${saved.id}` }, { status: 201 });
});
