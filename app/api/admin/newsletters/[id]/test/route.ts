import { currentLocale } from "@/app/_lib/locale";
import { NextResponse } from "next/server";
import { z } from "zod";
import { readJson } from "@/app/_lib/route-handler";
import { idParam, staffMutation } from "@/app/admin/_lib/staff-route";
import { parseInput } from "@/lib/admin/parse-input";
import { sendTestEmail } from "@/lib/newsletters/send-test-email";

const testSchema = z.object({ articleId: z.union([z.literal(""), z.coerce.number().int().min(1).max(2 ** 31 - 1)]).optional() });

/** "Send test to me": this piece (or the digest as it stands) to the signed-in editor only. */
export const POST = staffMutation<{ id: string }>("publishArticles", async ({ request, db, member, params }) => {
  const newsletterId = idParam(params.id);
  const { articleId } = parseInput(testSchema, (await readJson(request)) ?? {});
  const result = await sendTestEmail(db, { newsletterId, articleId: typeof articleId === "number" ? articleId : null, actorId: member.viewer.id, now: new Date(), locale: await currentLocale() });
  return NextResponse.json(result);
});
