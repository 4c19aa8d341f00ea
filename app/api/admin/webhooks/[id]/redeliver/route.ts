import { NextResponse } from "next/server";
import { readJson } from "@/app/_lib/route-handler";
import { idParam, staffMutation } from "@/app/admin/_lib/staff-route";
import { redeliverWebhook } from "@/lib/webhooks/redeliver-webhook";
import { currentLocale } from "@/app/_lib/locale";

/** Queues an event again for this endpoint. */
export const POST = staffMutation<{ id: string }>("manageSiteSettings", async ({ request, db, params }) => {
  const queued = await redeliverWebhook(db, { locale: await currentLocale(), endpointId: idParam(params.id), input: await readJson(request) });
  return NextResponse.json(queued);
});
