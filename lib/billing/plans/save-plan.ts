import { eq } from "drizzle-orm";
import { inTransaction, type Database } from "@/db/client";
import { auditLog, planPrices, plans, type Plan } from "@/db/schema";
import { validateCcaps } from "@/lib/admin/validate-ccaps";
import { parseInput } from "@/lib/admin/parse-input";
import { AppError } from "@/lib/errors";
import type { BillingGateway } from "../billing-gateway";
import { idempotencyKey } from "../idempotency-key";
import { isTestModeId } from "../is-test-mode-id";
import { toMinorUnits } from "../minor-units";
import { isUniqueViolation } from "@/lib/validation/is-unique-violation";
import { planInputSchema, type PlanInput } from "./plan-schema";

/**
 * Creates or updates a plan. A new plan, or a change of amount, currency or interval, gets
 * a new Stripe price on the plan's product (prices are immutable; a product is created
 * only once); a price id the editor links instead is kept as given. Every price the plan
 * had stays in plan_prices, so subscribers on an old price keep their plan. Stripe is
 * called before any database write, and every change is audited.
 */
export async function savePlan(
  db: Database,
  gateway: BillingGateway,
  options: { input: unknown; id?: number; actorId: string },
): Promise<Plan> {
  const input = parseInput(planInputSchema, options.input);
  await validateCcaps(db, input.ccaps);
  const amount = toMinorUnits(input.price, input.currency);
  if (amount === null) throw new AppError("INVALID_INPUT", "Please correct the highlighted fields.", { currency: "Unknown currency code." });
  if (amount < 1) throw new AppError("INVALID_INPUT", "Please correct the highlighted fields.", { price: "This currency has no smaller unit than 1: enter at least 1." });
  const before = options.id === undefined ? null : ((await db.select().from(plans).where(eq(plans.id, options.id)).limit(1))[0] ?? null);
  if (options.id !== undefined && !before) throw new AppError("NOT_FOUND", "This plan does not exist.");

  const { priceId, productId } = await choosePrice(gateway, { input, amount, before, actorId: options.actorId });
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
    stripePriceId: priceId,
    stripeProductId: productId,
    position: input.position,
  };
  try {
    return await inTransaction(db, async (t) => {
      const [saved] = options.id === undefined ? await t.insert(plans).values(values).returning() : await t.update(plans).set(values).where(eq(plans.id, options.id)).returning();
      const [owner] = await t.select({ planId: planPrices.planId }).from(planPrices).where(eq(planPrices.stripePriceId, priceId)).limit(1);
      if (owner && owner.planId !== saved!.id) throw new AppError("CONFLICT", "Another plan already uses this Stripe price.", { stripePriceId: "Already linked to another plan." });
      const kept = [{ stripePriceId: priceId, planId: saved!.id, amount, currency: input.currency, interval: input.interval }];
      // The price being replaced stays the plan's, so its subscribers keep their access (already there for plans made since plan_prices).
      if (before?.stripePriceId && before.stripePriceId !== priceId) kept.push({ stripePriceId: before.stripePriceId, planId: before.id, amount: before.amount, currency: before.currency, interval: before.interval });
      await t.insert(planPrices).values(kept).onConflictDoNothing();
      await t.insert(auditLog).values({
        actorId: options.actorId,
        action: options.id === undefined ? "plan.create" : "plan.update",
        targetType: "plan",
        targetId: String(saved!.id),
        before: before ?? null,
        after: saved!,
      });
      return saved!;
    });
  } catch (e) {
    if (isUniqueViolation(e)) {
      throw new AppError("CONFLICT", "Another plan already uses this Stripe price.", { stripePriceId: "Already linked to another plan." });
    }
    throw e;
  }
}

/**
 * The price the plan sells at after this save. The form pre-fills the current price id,
 * so the same id with changed terms is a re-pricing, not a link. With real keys, a demo
 * or test-mode id is never kept (it does not exist at Stripe): saving makes a real price.
 */
async function choosePrice(
  gateway: BillingGateway,
  options: { input: PlanInput; amount: number; before: Plan | null; actorId: string },
): Promise<{ priceId: string; productId: string | null }> {
  const { input, amount, before } = options;
  const usable = (id: string | null | undefined): id is string => Boolean(id) && !(gateway.mode === "stripe" && isTestModeId(id));
  if (input.stripePriceId && input.stripePriceId !== before?.stripePriceId) return linkPrice(gateway, { priceId: input.stripePriceId, amount, input });
  const sameTerms = before !== null && before.amount === amount && before.currency === input.currency && before.interval === input.interval;
  if (sameTerms && usable(before.stripePriceId)) return { priceId: before.stripePriceId, productId: before.stripeProductId };

  const keyParts = [options.actorId, before?.id ?? "new", input.name, amount, input.currency, input.interval];
  const existingProduct = usable(before?.stripeProductId) ? before.stripeProductId : null;
  const productId = existingProduct ?? (await gateway.createProduct({ name: input.name, description: input.description, idempotencyKey: idempotencyKey("product", keyParts, new Date()) }));
  try {
    const priceId = await gateway.createPrice({ productId, amount, currency: input.currency, interval: input.interval, idempotencyKey: idempotencyKey("price", [...keyParts, productId], new Date()) });
    return { priceId, productId };
  } catch (e) {
    // A product made for this save and left without a price would be an orphan in the Stripe dashboard.
    if (!existingProduct) await gateway.archiveProduct(productId).catch(() => undefined);
    throw e;
  }
}

const fix = (field: string, message: string) => new AppError("INVALID_INPUT", "Please correct the highlighted fields.", { [field]: message });

/** A price the editor pastes must exist at Stripe and charge what the form says, or /subscribe would show one amount and Checkout charge another. */
async function linkPrice(gateway: BillingGateway, options: { priceId: string; amount: number; input: PlanInput }): Promise<{ priceId: string; productId: string | null }> {
  if (gateway.mode !== "stripe") return { priceId: options.priceId, productId: null };
  if (isTestModeId(options.priceId)) throw fix("stripePriceId", "This is a test-mode id: Stripe does not know it. Leave the field empty to create a price.");
  const price = await gateway.retrievePrice(options.priceId);
  if (!price) throw fix("stripePriceId", "Stripe has no such price.");
  const { input } = options;
  if (price.amount !== options.amount || price.currency !== input.currency || price.interval !== input.interval) {
    throw fix("stripePriceId", `This price charges ${price.amount ?? "a variable amount"} (minor units) ${price.currency.toUpperCase()} per ${price.interval ?? "one-off"}: set the plan's price, currency and interval to match.`);
  }
  return { priceId: options.priceId, productId: price.productId };
}
