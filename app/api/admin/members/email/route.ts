import { NextResponse } from "next/server";
import { z } from "zod";
import { readJson } from "@/app/_lib/route-handler";
import { staffMutation } from "@/app/admin/_lib/staff-route";
import { sendSegmentEmail } from "@/lib/newsletters/send-segment-email";

const filterSchema = z.record(z.string(), z.string()).catch({});

/** E-mails every member the members list's filter finds (body: `{ filter, subject, body }`). */
export const POST = staffMutation("manageMembers", async ({ request, db, member }) => {
  const body = (await readJson(request)) as Record<string, unknown> | null;
  const result = await sendSegmentEmail(db, { actorId: member.viewer.id, filter: filterSchema.parse(body?.filter), input: { subject: body?.subject, body: body?.body }, now: new Date() });
  return NextResponse.json({ message: result.message });
});
