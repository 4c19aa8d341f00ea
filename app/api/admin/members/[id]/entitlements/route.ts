import { NextResponse } from "next/server";
import { readJson } from "@/app/_lib/route-handler";
import { changeEntitlements } from "@/lib/admin/members/change-entitlements";
import { staffMutation } from "@/app/admin/_lib/staff-route";
import { currentLocale } from "@/app/_lib/locale";

/** Level, ccaps and complimentary access of one member (history + audit kept by the lib). */
export const POST = staffMutation<{ id: string }>("manageMembers", async ({ request, db, member, params }) => {
  return NextResponse.json(await changeEntitlements(db, { locale: await currentLocale(), actor: member.viewer, userId: params.id, input: await readJson(request), now: new Date() }));
});
