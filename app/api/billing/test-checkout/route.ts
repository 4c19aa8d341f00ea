import { NextResponse } from "next/server";
import { z } from "zod";
import { textIdSchema } from "@/lib/validation/ids";
import { requireMember } from "@/app/_lib/require-member";
import { mutationRoute, readJson } from "@/app/_lib/route-handler";
import { getDb } from "@/db/client";
import { billingMode } from "@/lib/billing/billing-mode";
import { completeTestCheckout } from "@/lib/billing/test-mode/complete-test-checkout";
import { AppError } from "@/lib/errors";

const bodySchema = z.object({ sessionId: textIdSchema });

/** Test mode only: "pays" a local test checkout. */
export const POST = mutationRoute(async (request) => {
  if (billingMode() !== "test") throw new AppError("NOT_FOUND", "Test checkout is off: this site takes real payments or none.");
  const member = await requireMember();
  const parsed = bodySchema.safeParse(await readJson(request));
  if (!parsed.success) throw new AppError("INVALID_INPUT", "Missing checkout session.");
  const { successUrl } = await completeTestCheckout(await getDb(), { sessionId: parsed.data.sessionId, userId: member.viewer.id, now: new Date() });
  return NextResponse.json({ redirect: successUrl });
});
