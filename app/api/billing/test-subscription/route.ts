import { NextResponse } from "next/server";
import { z } from "zod";
import { textIdSchema } from "@/lib/validation/ids";
import { requireMember } from "@/app/_lib/require-member";
import { mutationRoute, readJson } from "@/app/_lib/route-handler";
import { getDb } from "@/db/client";
import { billingMode } from "@/lib/billing/billing-mode";
import { changeTestSubscription } from "@/lib/billing/test-mode/change-test-subscription";
import { AppError } from "@/lib/errors";

const bodySchema = z.object({ subscriptionId: textIdSchema, action: z.enum(["cancel", "resume", "end-period", "renew"]) });

/** Test mode only: cancel, resume, end the period now, or renew a test subscription. */
export const POST = mutationRoute(async (request) => {
  if (billingMode() !== "test") throw new AppError("NOT_FOUND", "Test controls are off: this site takes real payments or none.");
  const member = await requireMember();
  const parsed = bodySchema.safeParse(await readJson(request));
  if (!parsed.success) throw new AppError("INVALID_INPUT", "Unknown action.");
  await changeTestSubscription(await getDb(), { userId: member.viewer.id, ...parsed.data, now: new Date() });
  return NextResponse.json({ ok: true });
});
