import { NextResponse } from "next/server";
import { readJson } from "@/app/_lib/route-handler";
import { saveOrganisation } from "@/lib/admin/organisations/save-organisation";
import { staffMutation } from "@/app/admin/_lib/staff-route";
import { currentLocale } from "@/app/_lib/locale";

/** Organisations with institutional access: add, change, remove. */
export const POST = staffMutation("manageAccess", async ({ request, db, member }) => {
  return NextResponse.json(await saveOrganisation(db, { locale: await currentLocale(), actorId: member.viewer.id, input: await readJson(request) }));
});
