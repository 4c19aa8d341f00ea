import { NextResponse } from "next/server";
import { readJson } from "@/app/_lib/route-handler";
import { findMemberId } from "@/lib/admin/members/find-member-id";
import { setMemberRole } from "@/lib/admin/members/set-member-role";
import { staffMutation } from "@/app/admin/_lib/staff-route";
import { currentLocale } from "@/app/_lib/locale";

/** Gives the account with this e-mail a staff role (admins only). */
export const POST = staffMutation("manageRoles", async ({ request, db, member }) => {
  const body = (await readJson(request)) as { email?: unknown } | null;
  const userId = await findMemberId(db, body?.email);
  return NextResponse.json(await setMemberRole(db, { locale: await currentLocale(), actor: member.viewer, userId, input: body }));
});
