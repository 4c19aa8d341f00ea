import { NextResponse } from "next/server";
import { readJson } from "@/app/_lib/route-handler";
import { staffMutation } from "@/app/admin/_lib/staff-route";
import { createMember } from "@/lib/admin/members/create-member";
import { currentLocale } from "@/app/_lib/locale";

/** Adds a member by hand (lib/admin/members/create-member), then opens their page. */
export const POST = staffMutation("manageMembers", async ({ request, db, member }) => {
  const created = await createMember(db, { locale: await currentLocale(), actor: member.viewer, input: await readJson(request), now: new Date() });
  return NextResponse.json({ message: created.message, redirect: `/admin/members/${created.id}` }, { status: 201 });
});
