import { NextResponse } from "next/server";
import { idParam, staffMutation } from "@/app/admin/_lib/staff-route";
import { deleteWebhookEndpoint } from "@/lib/webhooks/delete-webhook-endpoint";
import { currentLocale } from "@/app/_lib/locale";

export const POST = staffMutation<{ id: string }>("manageSiteSettings", async ({ db, member, params }) => {
  const done = await deleteWebhookEndpoint(db, { locale: await currentLocale(), actorId: member.viewer.id, id: idParam(params.id) });
  return NextResponse.json({ ...done, redirect: "/admin/webhooks" });
});
