import { NextResponse } from "next/server";
import { readJson } from "@/app/_lib/route-handler";
import { saveCcap } from "@/lib/admin/settings/save-ccap";
import { staffMutation } from "@/app/admin/_lib/staff-route";

/** The capability catalogue: add, describe, remove. */
export const POST = staffMutation("manageAccess", async ({ request, db, member }) => {
  return NextResponse.json(await saveCcap(db, { actorId: member.viewer.id, input: await readJson(request) }));
});
