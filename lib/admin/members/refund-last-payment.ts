import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { inTransaction, type Database } from "@/db/client";
import { invoiceRefunds, subscriptions } from "@/db/schema";
import type { BillingGateway } from "@/lib/billing/billing-gateway";
import { lockMemberForCustomer } from "@/lib/billing/lock-member";
import { withEntitlementHistory } from "@/lib/billing/record-entitlement-change";
import { syncSubscription, type FetchedSubscription } from "@/lib/billing/sync-subscription";
import { fromMinorUnits } from "@/lib/billing/minor-units";
import { formatMoney } from "@/lib/i18n/format";
import { AppError } from "@/lib/errors";
import { recordAudit } from "../audit/record-audit";
import { parseInput } from "../parse-input";
import type { StaffViewer } from "../permissions";
import { loadMemberTarget } from "./load-member-target";
import { lastPayment } from "./last-payment";
import { translator } from "@/lib/i18n/translator";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

const refundSchema = z.object({ reason: z.string().trim().max(300, "Use at most 300 characters.").default("") });

/**
 * The refund policy of a staff refund: the member's last payment (their newest paid
 * invoice above zero) is refunded in full at Stripe, the subscription it paid for is
 * cancelled at once (so the card is not charged again), and the access it gave ends now
 * (the subscription is marked revoked, reason "refund"). Other plans, complimentary access
 * and editors' grants are untouched; to keep a member reading, grant complimentary access.
 * The refund is recorded against the invoice, and in the entitlement history and audit log.
 * Stripe is asked before our transaction (no lock is held while it answers); the keys are
 * the invoice's, so a doubled click refunds and cancels once.
 */
export async function refundLastPayment(db: Database, gateway: BillingGateway, options: { actor: StaffViewer; userId: string; input: unknown; now: Date; locale?: Locale }): Promise<{ message: string }> {
  const { reason } = parseInput(refundSchema, options.input);
  const { userId, now } = options;
  await loadMemberTarget(db, options.actor, userId);
  const invoice = await lastPayment(db, userId);
  if (!invoice) throw new AppError("CONFLICT", "This member has no payment to refund.");
  if (invoice.refundId) throw new AppError("CONFLICT", "The last payment was already refunded.");
  const refund = await gateway.refundInvoice(invoice.id, { idempotencyKey: `lede-staff-refund-${invoice.id}` });
  if (!refund) throw new AppError("CONFLICT", "Stripe holds no payment for this invoice, so there is nothing to refund.");
  const [sub] = invoice.subscriptionId ? await db.select().from(subscriptions).where(and(eq(subscriptions.id, invoice.subscriptionId), eq(subscriptions.userId, userId))).limit(1) : [];
  let fetched: FetchedSubscription | null = null;
  if (sub && !sub.endedAt && sub.status !== "canceled") {
    const fetchedAt = new Date();
    fetched = { current: await gateway.cancelSubscription(sub.id, { atPeriodEnd: false, idempotencyKey: `lede-staff-refund-cancel-${invoice.id}` }), fetchedAt };
  }
  await inTransaction(db, async (t) => {
    if (sub) await lockMemberForCustomer(t, sub.customerId, userId);
    const inserted = await t
      .insert(invoiceRefunds)
      .values({ id: refund.id, invoiceId: invoice.id, chargeId: refund.chargeId, userId, amount: refund.amount, currency: refund.currency, actorId: options.actor.id, reason })
      .onConflictDoNothing()
      .returning({ id: invoiceRefunds.id });
    // A doubled request that Stripe answered with the same refund: the first one did the rest.
    if (inserted.length === 0) return;
    if (sub) {
      await withEntitlementHistory(t, { userId, cause: "staff.refund", actorId: options.actor.id, now }, async () => {
        await t.update(subscriptions).set({ revokedAt: now, revokedReason: "refund" }).where(and(eq(subscriptions.id, sub.id), eq(subscriptions.userId, userId)));
      });
      if (fetched) await syncSubscription(t, { ...fetched, customerId: sub.customerId, userIdHint: userId, cause: "staff.refund", now });
    }
    await recordAudit(t, {
      actorId: options.actor.id,
      action: "member.refund",
      targetType: "member",
      targetId: userId,
      before: { invoiceId: invoice.id, amountPaid: invoice.amountPaid, subscriptionId: sub?.id ?? null, subscriptionStatus: sub?.status ?? null },
      after: { refundId: refund.id, amount: refund.amount, currency: refund.currency, subscriptionCancelled: fetched !== null },
      reason,
    });
  });
  const locale = options.locale ?? DEFAULT_LOCALE;
  const say = translator(locale, "adminPeople");
  const amount = formatMoney(fromMinorUnits(refund.amount, refund.currency), refund.currency, locale);
  return { message: sub ? say("answers.refundedCancelled", { amount }) : say("answers.refunded", { amount }) };
}

