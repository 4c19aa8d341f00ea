import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { auditLog, entitlementHistory, invoiceRefunds, invoices, subscriptions, users } from "@/db/schema";
import { createTestDatabase } from "@/db/test-database";
import { summarizeEntitlements } from "@/lib/access/summarize-entitlements";
import { savePlan } from "@/lib/billing/plans/save-plan";
import { startCheckout } from "@/lib/billing/start-checkout";
import { deliverSignedEvents, standInGateway } from "@/lib/billing/testing/stand-in-webhooks";
import { testModeGateway } from "@/lib/billing/test-mode/test-mode-gateway";
import { loadMemberGrants } from "@/lib/members/load-member-grants";
import { startStripeStandIn, type StripeEventLike, type StripeStandIn } from "@/scripts/stripe-stand-in/index";
import { refundLastPayment } from "./refund-last-payment";

/* Staff refund a member's last payment, against the real SDK and the Stripe stand-in. */

const SECRET = "whsec_staff_refund";
let db: Database;
let drop: () => Promise<void>;
let standIn: StripeStandIn;
let editor: { id: string; role: "editor" };
let planId: number;
let trialPlanId: number;
const gateway = () => standInGateway(standIn);
const standNow = () => new Date(standIn.now() * 1000);
const access = async (userId: string, at = standNow()) => summarizeEntitlements((await loadMemberGrants(db, userId)) ?? [], at);

/** Each event's outcome, named by its type. */
async function deliver(events: StripeEventLike[]): Promise<string[]> {
  const outcomes = await deliverSignedEvents(db, standIn, SECRET, events, standNow());
  return outcomes.map((outcome, i) => `${events[i]!.type}: ${outcome}`);
}

async function subscriber(name: string, plan = planId): Promise<{ userId: string; subscriptionId: string; customerId: string }> {
  const [user] = await db.insert(users).values({ email: `${name}-${Math.random().toString(36).slice(2)}@example.org`, name }).returning({ id: users.id });
  const { url } = await startCheckout(db, gateway(), { userId: user!.id, planId: plan, returnTo: "/articles/x", origin: "http://localhost:3000", now: standNow() });
  const session = [...standIn.checkoutSessions.values()].find((s) => s.url === url)!;
  await deliver(standIn.completeCheckout(session.id));
  const [row] = await db.select({ id: subscriptions.id, customerId: subscriptions.customerId }).from(subscriptions).where(eq(subscriptions.userId, user!.id));
  return { userId: user!.id, subscriptionId: row!.id, customerId: row!.customerId };
}

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  standIn = await startStripeStandIn();
  const [row] = await db.insert(users).values({ email: "editor-refund@example.org", role: "editor" }).returning({ id: users.id });
  editor = { id: row!.id, role: "editor" };
  const plan = (input: Record<string, unknown>) => savePlan(db, gateway(), { input: { description: "", benefits: [], ccaps: [], currency: "eur", interval: "month", ...input }, actorId: editor.id });
  planId = (await plan({ name: "Reader", level: 1, price: "9" })).id;
  trialPlanId = (await plan({ name: "Trial reader", level: 2, price: "12", trialDays: 14 })).id;
}, 60_000);
afterAll(async () => {
  await standIn.stop();
  await drop();
});

describe("staff refund a member's last payment", () => {
  it("refunds the charge at Stripe, cancels the subscription, ends its access, records the refund on the invoice, audits", async () => {
    const m = await subscriber("refund");
    expect((await access(m.userId)).level).toBe(1);
    const [paid] = await db.select().from(invoices).where(eq(invoices.userId, m.userId));
    expect(paid!.amountPaid).toBe(900);
    const eventsBefore = standIn.events.length;

    const result = await refundLastPayment(db, gateway(), { actor: editor, userId: m.userId, input: { reason: "Asked within the week" }, now: standNow() });
    expect(result.message).toMatch(/Refunded €9\.00; the subscription is cancelled/);

    // Stripe's side: the invoice's charge refunded in full, the subscription cancelled now.
    const refunds = [...standIn.refunds.values()];
    expect(refunds).toHaveLength(1);
    const charge = standIn.charges.get(String(refunds[0]!.charge))!;
    expect(charge.refunded).toBe(true);
    expect(charge.amount_refunded).toBe(900);
    expect(standIn.subscriptions.get(m.subscriptionId)!.status).toBe("canceled");
    const refundRequest = standIn.requests.find((r) => r.path === "/v1/refunds")!;
    expect(refundRequest.idempotencyKey).toBe(`lede-staff-refund-${paid!.id}`);

    // Ours: the refund against the invoice, access gone at once, history and audit.
    const [recorded] = await db.select().from(invoiceRefunds).where(eq(invoiceRefunds.invoiceId, paid!.id));
    expect(recorded).toMatchObject({ id: refunds[0]!.id, chargeId: charge.id, amount: 900, currency: "eur", actorId: editor.id, reason: "Asked within the week" });
    expect((await access(m.userId)).level).toBe(0);
    const [sub] = await db.select().from(subscriptions).where(eq(subscriptions.id, m.subscriptionId));
    expect(sub).toMatchObject({ status: "canceled", revokedReason: "refund" });
    const history = await db.select().from(entitlementHistory).where(and(eq(entitlementHistory.userId, m.userId), eq(entitlementHistory.cause, "staff.refund")));
    expect(history.map((h) => [h.fromLevel, h.toLevel, h.actorId])).toEqual([[1, 0, editor.id]]);
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.targetId, m.userId), eq(auditLog.action, "member.refund")));
    expect(audit).toMatchObject({ actorId: editor.id, reason: "Asked within the week", after: { refundId: refunds[0]!.id, amount: 900, currency: "eur", subscriptionCancelled: true } });

    // Stripe's webhooks for it arrive afterwards: the policy is not carried out a second time.
    const outcomes = await deliver(standIn.events.slice(eventsBefore));
    expect(outcomes).toContain("charge.refunded: ignored: refunded by staff, policy already applied");
    expect((await access(m.userId)).level).toBe(0);
  });

  it("refuses a second refund of the same payment, and a member who never paid", async () => {
    const m = await subscriber("twice");
    await refundLastPayment(db, gateway(), { actor: editor, userId: m.userId, input: {}, now: standNow() });
    await expect(refundLastPayment(db, gateway(), { actor: editor, userId: m.userId, input: {}, now: standNow() })).rejects.toMatchObject({ code: "CONFLICT", message: "The last payment was already refunded." });
    expect([...standIn.refunds.values()].filter((r) => standIn.charges.get(String(r.charge))?.customer === m.customerId)).toHaveLength(1);

    // A trial's first invoice is €0: there is no payment to give back.
    const trial = await subscriber("trial", trialPlanId);
    await expect(refundLastPayment(db, gateway(), { actor: editor, userId: trial.userId, input: {}, now: standNow() })).rejects.toMatchObject({ code: "CONFLICT", message: "This member has no payment to refund." });
    expect((await access(trial.userId)).level).toBe(2);
  });

  it("an editor cannot refund an admin's payment; a bad reason is a 400", async () => {
    const m = await subscriber("admin-payer");
    await db.update(users).set({ role: "admin" }).where(eq(users.id, m.userId));
    await expect(refundLastPayment(db, gateway(), { actor: editor, userId: m.userId, input: {}, now: standNow() })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await db.update(users).set({ role: "reader" }).where(eq(users.id, m.userId));
    await expect(refundLastPayment(db, gateway(), { actor: editor, userId: m.userId, input: { reason: "x".repeat(301) }, now: standNow() })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect((await access(m.userId)).level).toBe(1);
  });

  it("in test mode (no Stripe keys) the same refund works on the test invoice, once", async () => {
    const test = testModeGateway(db);
    const [user] = await db.insert(users).values({ email: "test-mode-refund@example.org", stripeCustomerId: "cus_test_refund" }).returning({ id: users.id });
    const invoice = { id: "in_test_refund", object: "invoice", status: "paid", amount_paid: 900, amount_due: 900, currency: "eur" };
    const { putObject } = await import("@/lib/billing/test-mode/test-mode-store");
    await putObject(db, "invoice", invoice.id, invoice);
    await db.insert(invoices).values({ id: invoice.id, userId: user!.id, status: "paid", amountDue: 900, amountPaid: 900, currency: "eur", stripeCreatedAt: new Date() });
    const first = await test.refundInvoice(invoice.id, { idempotencyKey: "k" });
    expect(first).toMatchObject({ amount: 900, currency: "eur" });
    expect(await test.refundInvoice(invoice.id, { idempotencyKey: "k" })).toEqual(first);
    const result = await refundLastPayment(db, test, { actor: editor, userId: user!.id, input: {}, now: new Date() });
    expect(result.message).toBe("Refunded €9.00.");
    expect(await db.select({ id: invoiceRefunds.id }).from(invoiceRefunds).where(eq(invoiceRefunds.invoiceId, invoice.id))).toEqual([{ id: first!.id }]);
  });
});
