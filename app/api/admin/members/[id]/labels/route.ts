import { NextResponse } from "next/server";
import { readJson } from "@/app/_lib/route-handler";
import { staffMutation } from "@/app/admin/_lib/staff-route";
import { setMemberLabels } from "@/lib/admin/members/set-member-labels";
import { currentLocale } from "@/app/_lib/locale";

/** A member's labels and note. */
export const POST = staffMutation<{ id: string }>("manageMembers", async ({ request, db, member, params }) => {
  return NextResponse.json(await setMemberLabels(db, { locale: await currentLocale(), actor: member.viewer, userId: params.id, input: await readJson(request), now: new Date() }));
});
