import { currentLocale } from "@/app/_lib/locale";
import { NextResponse } from "next/server";
import { z } from "zod";
import { readJson } from "@/app/_lib/route-handler";
import { idParam, staffMutation } from "@/app/admin/_lib/staff-route";
import { parseInput } from "@/lib/admin/parse-input";
import { sendNewsletterIssue } from "@/lib/newsletters/send-newsletter-issue";

const sendSchema = z.discriminatedUnion("kind", [z.object({ kind: z.literal("article"), articleId: z.coerce.number().int().min(1).max(2 ** 31 - 1) }), z.object({ kind: z.literal("digest") })], { message: "Say what to send: an article or the digest." });

/** Sends a published piece, or the digest now, to the newsletter's subscribers (through the outbox). */
export const POST = staffMutation<{ id: string }>("publishArticles", async ({ request, db, member, params }) => {
  const newsletterId = idParam(params.id);
  const body = parseInput(sendSchema, await readJson(request));
  const result = await sendNewsletterIssue(db, { newsletterId, request: body, actorId: member.viewer.id, now: new Date(), locale: await currentLocale() });
  return NextResponse.json({ message: result.message });
});
