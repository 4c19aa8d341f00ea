import { NextResponse } from "next/server";
import { idParam, staffMutation } from "@/app/admin/_lib/staff-route";
import { revokeStaffInvitation } from "@/lib/admin/staff/revoke-staff-invitation";
import { currentLocale } from "@/app/_lib/locale";

/** Withdraws a pending staff invitation (admins only). */
export const POST = staffMutation<{ id: string }>("manageRoles", async ({ db, member, params }) => {
  return NextResponse.json(await revokeStaffInvitation(db, { locale: await currentLocale(), actor: member.viewer, invitationId: idParam(params.id), now: new Date() }));
});
