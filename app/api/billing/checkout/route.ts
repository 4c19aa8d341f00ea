import { NextResponse } from "next/server";
import { z } from "zod";
import { serialIdSchema } from "@/lib/validation/ids";
import { requireMember } from "@/app/_lib/require-member";
import { mutationRoute, readJson } from "@/app/_lib/route-handler";
import { getDb } from "@/db/client";
import { safeReturnPath } from "@/lib/auth/credentials-schema";
import { currentGateway } from "@/lib/billing/current-gateway";
import { startCheckout } from "@/lib/billing/start-checkout";
import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";

const bodySchema = z.object({ planId: serialIdSchema, returnTo: z.string().optional() });

export const POST = mutationRoute(async (request) => {
  const member = await requireMember();
  const parsed = bodySchema.safeParse(await readJson(request));
  if (!parsed.success) throw new AppError("INVALID_INPUT", "Choose a plan.");
  const db = await getDb();
  const { url } = await startCheckout(db, currentGateway(db), {
    userId: member.viewer.id,
    planId: parsed.data.planId,
    returnTo: safeReturnPath(parsed.data.returnTo ?? "/account"),
    origin: env().publicOrigin,
    now: new Date(),
  });
  return NextResponse.json({ redirect: url });
});
