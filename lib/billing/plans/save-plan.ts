import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { auditLog, plans, type Plan } from "@/db/schema";
import { validateCcaps } from "@/lib/admin/validate-ccaps";
import { parseInput } from "@/lib/admin/parse-input";
import { AppError } from "@/lib/errors";
import type { BillingGateway } from "../billing-gateway";
import { planInputSchema } from "./plan-schema";

/**
 * Creates or updates a plan. A plan without a price id gets a new Stripe product and
 * price (or test-mode ids); a linked price id is kept as given. Every change is audited.
 */
export async function savePlan(
  db: Database,
  gateway: BillingGateway,
  options: { input: unknown; id?: number; actorId: string },
): Promise<Plan> {
  const input = parseInput(planInputSchema, options.input);
  await validateCcaps(db, input.ccaps);
  const amount = Math.round(input.price * 100);
  const before = options.id === undefined ? null : ((await db.select().from(plans).where(eq(plans.id, options.id)).limit(1))[0] ?? null);
  if (options.id !== undefined && !before) throw new AppError("NOT_FOUND", "This plan does not exist.");

  // A changed amount, currency or interval needs a new price: Stripe prices are immutable.
  const priceChanged = before !== null && (before.amount !== amount || before.currency !== input.currency || before.interval !== input.interval);
  let stripePriceId = input.stripePriceId || (priceChanged ? "" : (before?.stripePriceId ?? ""));
  let stripeProductId = before?.stripeProductId ?? null;
  if (!stripePriceId) {
    const created = await gateway.createPrice({ name: input.name, description: input.description, amount, currency: input.currency, interval: input.interval });
    stripePriceId = created.priceId;
    stripeProductId = created.productId;
  }
  const values = {
    name: input.name,
    description: input.description,
    benefits: input.benefits,
    level: input.level,
    ccaps: input.ccaps,
    amount,
    currency: input.currency,
    interval: input.interval,
    trialDays: input.trialDays,
    status: input.status,
    stripePriceId,
    stripeProductId,
    position: input.position,
  };
  try {
    const [saved] =
      options.id === undefined
        ? await db.insert(plans).values(values).returning()
        : await db.update(plans).set(values).where(eq(plans.id, options.id)).returning();
    await db.insert(auditLog).values({
      actorId: options.actorId,
      action: options.id === undefined ? "plan.create" : "plan.update",
      targetType: "plan",
      targetId: String(saved!.id),
      before: before ?? null,
      after: saved!,
    });
    return saved!;
  } catch (e) {
    if (String((e as { cause?: { code?: string } }).cause?.code ?? (e as { code?: string }).code) === "23505") {
      throw new AppError("CONFLICT", "Another plan already uses this Stripe price.", { stripePriceId: "Already linked to another plan." });
    }
    throw e;
  }
}
