import { NextResponse } from "next/server";
import { z } from "zod";
import { readJson } from "@/app/_lib/route-handler";
import { staffMutation } from "@/app/admin/_lib/staff-route";
import { bulkMemberAction } from "@/lib/admin/members/bulk-member-action";
import { currentLocale } from "@/app/_lib/locale";

// The members list's filters travel with the action; unusable ones drop out (lib/admin/members/member-query).
const filterSchema = z.record(z.string(), z.string()).catch({});

/** Labels or grants every member the list's filter finds (body: `{ filter, action, … }`). */
export const POST = staffMutation("manageMembers", async ({ request, db, member }) => {
  const body = (await readJson(request)) as Record<string, unknown> | null;
  const filter = filterSchema.parse(body?.filter);
  const result = await bulkMemberAction(db, { locale: await currentLocale(), actor: member.viewer, filter, input: { ...body, filter: undefined }, now: new Date() });
  return NextResponse.json({ message: result.message });
});
