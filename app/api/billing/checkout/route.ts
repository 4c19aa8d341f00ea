import { NextResponse } from "next/server";
import { z } from "zod";
import { serialIdSchema } from "@/lib/validation/ids";
import { requireMember } from "@/app/_lib/require-member";
import { mutationRoute, readJson } from "@/app/_lib/route-handler";
import { getDb } from "@/db/client";
import { safeReturnPath } from "@/lib/auth/credentials-schema";
import { resolveAttribution } from "@/lib/billing/attribution/resolve-attribution";
import { currentGateway } from "@/lib/billing/current-gateway";
import { startCheckout } from "@/lib/billing/start-checkout";
import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";

const bodySchema = z.object({ planId: serialIdSchema, returnTo: z.string().optional(), from: z.string().max(200).optional(), gift: z.string().max(100).optional() });

/** A signed-in member chose a plan: Stripe Checkout (or the test checkout), the article they came from carried along. */
export const POST = mutationRoute(async (request) => {
  const member = await requireMember();
  const parsed = bodySchema.safeParse(await readJson(request));
  if (!parsed.success) throw new AppError("INVALID_INPUT", "Choose a plan.");
  const db = await getDb();
  const now = new Date();
  const { from, gift } = parsed.data;
  const attribution = await resolveAttribution(db, { from, gift, secret: env().AUTH_SECRET, now });
  const { url } = await startCheckout(db, currentGateway(db), {
    userId: member.viewer.id,
    planId: parsed.data.planId,
    returnTo: safeReturnPath(from ? `/articles/${encodeURIComponent(from)}` : (parsed.data.returnTo ?? "/account")),
    origin: env().publicOrigin,
    now,
    ...(attribution ? { attribution } : {}),
  });
  return NextResponse.json({ redirect: url });
});
