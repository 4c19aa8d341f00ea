import { NextResponse } from "next/server";
import { mutationRoute, readJson } from "@/app/_lib/route-handler";
import { requireMember } from "@/app/_lib/require-member";
import { getDb } from "@/db/client";
import { optInsFromForm, setNewsletterOptIns } from "@/lib/newsletters/member-newsletters";

/** A member chooses the newsletters they receive (the boxes ticked are the ones kept). */
export const POST = mutationRoute(async (request) => {
  const member = await requireMember();
  const body = (await readJson(request)) as Record<string, unknown> | null;
  await setNewsletterOptIns(await getDb(), { userId: member.viewer.id, newsletterIds: optInsFromForm(body) });
  return NextResponse.json({ redirect: "/account?notice=newsletters" });
});
