import type { Database } from "@/db/client";
import { AppError } from "@/lib/errors";
import type { BillingGateway } from "../billing-gateway";
import { idempotencyKey } from "../idempotency-key";
import { syncSubscription } from "../sync-subscription";
import { loadSwitch } from "./load-switch";

/** A preview older than this is asked again: the amount the reader confirmed must still be the one charged. */
const PREVIEW_VALID_SECONDS = 30 * 60;

/**
 * Switches the member's one base subscription to another plan at Stripe (never a second
 * subscription), prorated and invoiced now at the moment of the preview the reader
 * confirmed, then stores the state Stripe answered through the webhook's convergent step
 * (the events that follow change nothing more). No lock is held while Stripe answers.
 */
export async function switchPlan(db: Database, gateway: BillingGateway, options: { userId: string; planId: number; prorationDate: number; now: Date }): Promise<{ planName: string }> {
  const age = Math.floor(options.now.getTime() / 1000) - options.prorationDate;
  if (!Number.isInteger(options.prorationDate) || age < 0 || age > PREVIEW_VALID_SECONDS) throw new AppError("CONFLICT", "This price was worked out too long ago: look at the amount again and confirm.");
  const target = await loadSwitch(db, gateway, options);
  const fetchedAt = new Date();
  const current = await gateway.switchSubscription({
    subscriptionId: target.from.id,
    customerId: target.customerId,
    priceId: target.plan.stripePriceId,
    planId: target.plan.id,
    prorationDate: options.prorationDate,
    idempotencyKey: idempotencyKey("switch", [options.userId, target.from.id, target.plan.stripePriceId, options.prorationDate], options.now),
  });
  await syncSubscription(db, { current, fetchedAt, customerId: target.customerId, userIdHint: options.userId, cause: `member.switch-plan:${target.plan.id}`, now: options.now });
  return { planName: target.plan.name };
}
