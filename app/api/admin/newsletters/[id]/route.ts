import { NextResponse } from "next/server";
import { readJson } from "@/app/_lib/route-handler";
import { idParam, staffMutation } from "@/app/admin/_lib/staff-route";
import { saveNewsletter } from "@/lib/newsletters/save-newsletter";

/** Updates a newsletter. */
export const POST = staffMutation<{ id: string }>("publishArticles", async ({ request, db, member, params }) => {
  const id = idParam(params.id);
  await saveNewsletter(db, { id, input: await readJson(request), actorId: member.viewer.id });
  return NextResponse.json({ message: "Newsletter saved." });
});
