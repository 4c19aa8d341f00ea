import { NextResponse } from "next/server";
import { z } from "zod";
import { readJson } from "@/app/_lib/route-handler";
import { currentLocale } from "@/app/_lib/locale";
import { idParam, staffMutation } from "@/app/admin/_lib/staff-route";
import { removeSeatAsStaff } from "@/lib/access/organisation/remove-seat";
import { parseInput } from "@/lib/admin/parse-input";

const bodySchema = z.object({ seatId: z.coerce.number().int().positive().max(2_147_483_647), reason: z.string().max(300).default("") });

/** The newsroom frees one seat of an organisation (a holder's or a pending invitation). */
export const POST = staffMutation<{ id: string }>("manageAccess", async ({ request, db, member, params }) => {
  const organisationId = idParam(params.id);
  const { seatId, reason } = parseInput(bodySchema, await readJson(request));
  const { message } = await removeSeatAsStaff(db, { actorId: member.viewer.id, organisationId, seatId, reason, locale: await currentLocale() });
  return NextResponse.json({ message });
});
