import { NextResponse } from "next/server";
import { readJson } from "@/app/_lib/route-handler";
import { idParam, staffMutation } from "@/app/admin/_lib/staff-route";
import { redeliverWebhook } from "@/lib/webhooks/redeliver-webhook";

/** Queues an event again for this endpoint. */
export const POST = staffMutation<{ id: string }>("manageSiteSettings", async ({ request, db, params }) => {
  const queued = await redeliverWebhook(db, { endpointId: idParam(params.id), input: await readJson(request) });
  return NextResponse.json(queued);
});
