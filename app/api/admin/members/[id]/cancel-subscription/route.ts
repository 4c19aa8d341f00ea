import { NextResponse } from "next/server";
import { readJson } from "@/app/_lib/route-handler";
import { staffMutation } from "@/app/admin/_lib/staff-route";
import { cancelMemberSubscription } from "@/lib/admin/members/cancel-member-subscription";
import { currentGateway } from "@/lib/billing/current-gateway";
import { currentLocale } from "@/app/_lib/locale";

/** Cancels one of a member's subscriptions at Stripe, now or at the period end (body: `{ subscriptionId, when, reason }`). */
export const POST = staffMutation<{ id: string }>("manageMembers", async ({ request, db, member, params }) => {
  return NextResponse.json(await cancelMemberSubscription(db, currentGateway(db), { locale: await currentLocale(), actor: member.viewer, userId: params.id, input: await readJson(request), now: new Date() }));
});
