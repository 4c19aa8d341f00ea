import { NextResponse } from "next/server";
import { readJson } from "@/app/_lib/route-handler";
import { idParam, staffMutation } from "@/app/admin/_lib/staff-route";
import { saveWebhookEndpoint } from "@/lib/webhooks/save-webhook-endpoint";
import { webhookConfig } from "@/lib/webhooks/webhook-config";
import { currentLocale } from "@/app/_lib/locale";

/** Changes an endpoint's URL, events, description, enabled. */
export const POST = staffMutation<{ id: string }>("manageSiteSettings", async ({ request, db, member, params }) => {
  const id = idParam(params.id);
  const saved = await saveWebhookEndpoint(db, { locale: await currentLocale(), actorId: member.viewer.id, input: await readJson(request), id, allowPrivate: webhookConfig().allowPrivate });
  return NextResponse.json({ message: saved.message });
});
