import { NextResponse } from "next/server";
import { readJson } from "@/app/_lib/route-handler";
import { revokeMemberSessions } from "@/lib/admin/members/revoke-member-sessions";
import { staffMutation } from "@/app/admin/_lib/staff-route";
import { currentLocale } from "@/app/_lib/locale";

export const POST = staffMutation<{ id: string }>("manageMembers", async ({ request, db, member, params }) => {
  return NextResponse.json(await revokeMemberSessions(db, { locale: await currentLocale(), actor: member.viewer, userId: params.id, input: await readJson(request) }));
});
