import { NextResponse } from "next/server";
import { readJson } from "@/app/_lib/route-handler";
import { staffMutation } from "@/app/admin/_lib/staff-route";
import { inviteStaff } from "@/lib/admin/staff/invite-staff";
import { env } from "@/lib/env";
import { currentLocale } from "@/app/_lib/locale";

/** Invites an address to a staff role by e-mail (admins only; body: `{ email, role }`). */
export const POST = staffMutation("manageRoles", async ({ request, db, member }) => {
  return NextResponse.json(await inviteStaff(db, { locale: await currentLocale(), actor: member.viewer, input: await readJson(request), origin: env().publicOrigin, now: new Date() }));
});
