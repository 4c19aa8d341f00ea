import { NextResponse } from "next/server";
import { readJson } from "@/app/_lib/route-handler";
import { staffMutation } from "@/app/admin/_lib/staff-route";
import { saveWebhookEndpoint } from "@/lib/webhooks/save-webhook-endpoint";
import { webhookConfig } from "@/lib/webhooks/webhook-config";
import { currentLocale } from "@/app/_lib/locale";

/** Registers a webhook endpoint; the answer carries its secret, shown once. */
export const POST = staffMutation("manageSiteSettings", async ({ request, db, member }) => {
  const saved = await saveWebhookEndpoint(db, { locale: await currentLocale(), actorId: member.viewer.id, input: await readJson(request), allowPrivate: webhookConfig().allowPrivate });
  return NextResponse.json({ ...saved, href: `/admin/webhooks/${saved.id}` });
});
