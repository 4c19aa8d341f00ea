import { NextResponse } from "next/server";
import { idParam, staffMutation } from "@/app/admin/_lib/staff-route";
import { revealWebhookSecret } from "@/lib/webhooks/reveal-webhook-secret";
import { currentLocale } from "@/app/_lib/locale";

/** Reveals an endpoint's signing secret to an admin (audited); never cached. */
export const POST = staffMutation<{ id: string }>("manageSiteSettings", async ({ db, member, params }) => {
  const revealed = await revealWebhookSecret(db, { locale: await currentLocale(), actorId: member.viewer.id, id: idParam(params.id) });
  return NextResponse.json(revealed, { headers: { "cache-control": "private, no-store" } });
});
