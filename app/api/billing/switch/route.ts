import { NextResponse } from "next/server";
import { z } from "zod";
import { requireMember } from "@/app/_lib/require-member";
import { mutationRoute, readJson } from "@/app/_lib/route-handler";
import { getDb } from "@/db/client";
import { currentGateway } from "@/lib/billing/current-gateway";
import { switchPlan } from "@/lib/billing/switch/switch-plan";
import { AppError } from "@/lib/errors";
import { serialIdSchema } from "@/lib/validation/ids";

const bodySchema = z.object({ planId: serialIdSchema, prorationDate: z.coerce.number().int().positive(), from: z.string().max(200).optional() });

/** A subscriber confirmed a switch at the amount shown (/subscribe/switch): their one subscription changes plan. */
export const POST = mutationRoute(async (request) => {
  const member = await requireMember();
  const parsed = bodySchema.safeParse(await readJson(request));
  if (!parsed.success) throw new AppError("INVALID_INPUT", "Choose a plan.");
  const db = await getDb();
  await switchPlan(db, currentGateway(db), { userId: member.viewer.id, planId: parsed.data.planId, prorationDate: parsed.data.prorationDate, now: new Date() });
  const back = parsed.data.from ? `/articles/${encodeURIComponent(parsed.data.from)}?checkout=success` : "/account?notice=switched";
  return NextResponse.json({ redirect: back });
});
