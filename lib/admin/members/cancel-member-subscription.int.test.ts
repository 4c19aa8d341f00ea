import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { auditLog, subscriptions, users } from "@/db/schema";
import { createTestDatabase } from "@/db/test-database";
import { summarizeEntitlements } from "@/lib/access/summarize-entitlements";
import { savePlan } from "@/lib/billing/plans/save-plan";
import { startCheckout } from "@/lib/billing/start-checkout";
import { deliverSignedEvents, standInGateway } from "@/lib/billing/testing/stand-in-webhooks";
import { loadMemberGrants } from "@/lib/members/load-member-grants";
import { startStripeStandIn, type StripeEventLike, type StripeStandIn } from "@/scripts/stripe-stand-in/index";
import { cancelMemberSubscription } from "./cancel-member-subscription";

/* Staff cancel a member's subscription from the member page, against the real SDK and the Stripe stand-in. */

const SECRET = "whsec_staff_cancel";
let db: Database;
let drop: () => Promise<void>;
let standIn: StripeStandIn;
let editor: { id: string; role: "editor" };
let planId: number;
const gateway = () => standInGateway(standIn);
const standNow = () => new Date(standIn.now() * 1000);
const access = async (userId: string, at = standNow()) => summarizeEntitlements((await loadMemberGrants(db, userId)) ?? [], at);

const deliver = (events: StripeEventLike[]) => deliverSignedEvents(db, standIn, SECRET, events, standNow());

async function subscriber(name: string): Promise<{ userId: string; subscriptionId: string }> {
  const [user] = await db.insert(users).values({ email: `${name}-${Math.random().toString(36).slice(2)}@example.org`, name }).returning({ id: users.id });
  const { url } = await startCheckout(db, gateway(), { userId: user!.id, planId, returnTo: "/articles/x", origin: "http://localhost:3000", now: standNow() });
  const session = [...standIn.checkoutSessions.values()].find((s) => s.url === url)!;
  await deliver(standIn.completeCheckout(session.id));
  const [row] = await db.select({ id: subscriptions.id }).from(subscriptions).where(eq(subscriptions.userId, user!.id));
  return { userId: user!.id, subscriptionId: row!.id };
}

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  standIn = await startStripeStandIn();
  const [row] = await db.insert(users).values({ email: "editor-cancel@example.org", role: "editor" }).returning({ id: users.id });
  editor = { id: row!.id, role: "editor" };
  planId = (await savePlan(db, gateway(), { input: { name: "Reader", description: "", benefits: [], level: 1, ccaps: [], price: "9", currency: "eur", interval: "month" }, actorId: editor.id })).id;
});
afterAll(async () => {
  await standIn.stop();
  await drop();
});

describe("staff cancel a member's subscription", () => {
  it("at the period end: Stripe is told, access lasts to the end of the paid period, the audit log says who", async () => {
    const m = await subscriber("period-end");
    expect((await access(m.userId)).level).toBe(1);
    const result = await cancelMemberSubscription(db, gateway(), { actor: editor, userId: m.userId, input: { subscriptionId: m.subscriptionId, when: "period-end", reason: "asked by phone" }, now: standNow() });
    expect(result.message).toMatch(/end of the paid period/);
    expect(standIn.subscriptions.get(m.subscriptionId)).toMatchObject({ cancel_at_period_end: true });
    const [row] = await db.select().from(subscriptions).where(eq(subscriptions.id, m.subscriptionId));
    expect(row).toMatchObject({ cancelAtPeriodEnd: true });
    expect((await access(m.userId)).level).toBe(1);
    expect((await access(m.userId, new Date(row!.currentPeriodEnd!.getTime() + 60_000))).level).toBe(0);
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.action, "member.cancel-subscription"));
    expect(audit).toMatchObject({ actorId: editor.id, targetId: m.userId, reason: "asked by phone" });
  });

  it("now: the subscription ends at Stripe and access ends at once; a second cancel is a conflict", async () => {
    const m = await subscriber("now");
    await cancelMemberSubscription(db, gateway(), { actor: editor, userId: m.userId, input: { subscriptionId: m.subscriptionId, when: "now" }, now: standNow() });
    expect(standIn.subscriptions.get(m.subscriptionId)).toMatchObject({ status: "canceled" });
    expect((await access(m.userId)).level).toBe(0);
    await expect(cancelMemberSubscription(db, gateway(), { actor: editor, userId: m.userId, input: { subscriptionId: m.subscriptionId, when: "now" }, now: standNow() })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("refuses another member's subscription and an account at the actor's role", async () => {
    const a = await subscriber("a");
    const b = await subscriber("b");
    await expect(cancelMemberSubscription(db, gateway(), { actor: editor, userId: a.userId, input: { subscriptionId: b.subscriptionId, when: "now" }, now: standNow() })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(cancelMemberSubscription(db, gateway(), { actor: editor, userId: editor.id, input: { subscriptionId: a.subscriptionId, when: "now" }, now: standNow() })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(standIn.subscriptions.get(b.subscriptionId)).toMatchObject({ status: "active" });
  });
});
