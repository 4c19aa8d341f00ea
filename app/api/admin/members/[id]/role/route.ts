import { NextResponse } from "next/server";
import { readJson } from "@/app/_lib/route-handler";
import { setMemberRole } from "@/lib/admin/members/set-member-role";
import { staffMutation } from "@/app/admin/_lib/staff-route";
import { currentLocale } from "@/app/_lib/locale";

export const POST = staffMutation<{ id: string }>("manageRoles", async ({ request, db, member, params }) => {
  return NextResponse.json(await setMemberRole(db, { locale: await currentLocale(), actor: member.viewer, userId: params.id, input: await readJson(request) }));
});
