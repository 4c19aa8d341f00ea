import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { inTransaction, type Database } from "@/db/client";
import { subscriptions } from "@/db/schema";
import type { BillingGateway } from "@/lib/billing/billing-gateway";
import { syncSubscription } from "@/lib/billing/sync-subscription";
import { AppError } from "@/lib/errors";
import { recordAudit } from "../audit/record-audit";
import { parseInput } from "../parse-input";
import type { StaffViewer } from "../permissions";
import { loadMemberTarget } from "./load-member-target";
import { translator } from "@/lib/i18n/translator";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

const cancelSchema = z.object({
  subscriptionId: z.string().regex(/^[\w-]{1,255}$/, "Choose a subscription."),
  when: z.enum(["now", "period-end"], { error: "Choose when it ends." }),
  reason: z.string().trim().max(300, "Use at most 300 characters.").default(""),
});

/**
 * Staff cancel a member's subscription at Stripe (through the billing gateway), now or at
 * the end of the paid period, then store the state Stripe answered with through the same
 * convergent step as the webhook (lib/billing/sync-subscription): access ends when the
 * subscription does, never before. No lock is held while Stripe answers. Audited.
 */
export async function cancelMemberSubscription(db: Database, gateway: BillingGateway, options: { actor: StaffViewer; userId: string; input: unknown; now: Date; locale?: Locale }): Promise<{ message: string }> {
  const form = parseInput(cancelSchema, options.input);
  const say = translator(options.locale ?? DEFAULT_LOCALE, "adminPeople");
  const { userId, now } = options;
  await loadMemberTarget(db, options.actor, userId);
  const [sub] = await db.select().from(subscriptions).where(and(eq(subscriptions.id, form.subscriptionId), eq(subscriptions.userId, userId))).limit(1);
  if (!sub) throw new AppError("NOT_FOUND", "This member has no such subscription.");
  if (cancellableSubscriptions([sub]).length === 0) throw new AppError("CONFLICT", "This subscription has already ended.");
  const atPeriodEnd = form.when === "period-end";
  const fetchedAt = new Date();
  // A fresh key per staff action: one click cancels once (the form sends once), a later one is a new request.
  const current = await gateway.cancelSubscription(sub.id, { atPeriodEnd, idempotencyKey: `lede-staff-cancel-${crypto.randomUUID()}` });
  if (!current) throw new AppError("NOT_FOUND", "Stripe no longer knows this subscription.");
  await inTransaction(db, async (t) => {
    await syncSubscription(t, { current, fetchedAt, customerId: sub.customerId, userIdHint: userId, cause: "staff.cancel", now });
    await recordAudit(t, { actorId: options.actor.id, action: "member.cancel-subscription", targetType: "member", targetId: userId, before: { subscriptionId: sub.id, status: sub.status }, after: { when: form.when }, reason: form.reason });
  });
  return { message: atPeriodEnd ? say("answers.cancelAtPeriodEnd") : say("answers.cancelledNow") };
}

/** The subscriptions staff may still cancel (the member page offers these). */
export function cancellableSubscriptions<S extends { status: string; endedAt: Date | null }>(subs: readonly S[]): S[] {
  return subs.filter((s) => !s.endedAt && s.status !== "canceled");
}
