import { NextResponse } from "next/server";
import { readJson } from "@/app/_lib/route-handler";
import { staffMutation } from "@/app/admin/_lib/staff-route";
import { refundLastPayment } from "@/lib/admin/members/refund-last-payment";
import { currentGateway } from "@/lib/billing/current-gateway";
import { currentLocale } from "@/app/_lib/locale";

/** Refunds the member's last payment under the staff refund policy (body: `{ reason }`). */
export const POST = staffMutation<{ id: string }>("manageMembers", async ({ request, db, member, params }) => {
  return NextResponse.json(await refundLastPayment(db, currentGateway(db), { locale: await currentLocale(), actor: member.viewer, userId: params.id, input: await readJson(request), now: new Date() }));
});
