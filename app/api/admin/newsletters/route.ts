import { NextResponse } from "next/server";
import { readJson } from "@/app/_lib/route-handler";
import { staffMutation } from "@/app/admin/_lib/staff-route";
import { saveNewsletter } from "@/lib/newsletters/save-newsletter";

/** Creates a newsletter (name, description, cadence, sections). */
export const POST = staffMutation("publishArticles", async ({ request, db, member }) => {
  const { id } = await saveNewsletter(db, { id: null, input: await readJson(request), actorId: member.viewer.id });
  return NextResponse.json({ redirect: `/admin/newsletters/${id}` });
});
