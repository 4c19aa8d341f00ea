import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { inTransaction, type Database } from "@/db/client";
import { users, webhookDeliveries, webhookEndpoints, webhookEvents } from "@/db/schema";
import { createTestDatabase } from "@/db/test-database";
import { saveArticle } from "@/lib/admin/articles/save-article";
import { changeEntitlements } from "@/lib/admin/members/change-entitlements";
import { createMember } from "@/lib/admin/members/create-member";
import type { StaffViewer } from "@/lib/admin/permissions";
import { signUpWithPassword } from "@/lib/auth/sign-up-with-password";
import { savePlan } from "@/lib/billing/plans/save-plan";
import { startCheckout } from "@/lib/billing/start-checkout";
import { deliverSignedEvents, standInGateway } from "@/lib/billing/testing/stand-in-webhooks";
import { seedDatabase } from "@/scripts/seed/seed";
import { startStripeStandIn, type StripeEventLike, type StripeStandIn } from "@/scripts/stripe-stand-in/index";
import { WEBHOOK_EVENT_TYPES } from "./webhook-event-types";

/* Each event is written by the transaction that makes its change: committed together or not at all. */

const SECRET = "whsec_events";
let db: Database;
let drop: () => Promise<void>;
let standIn: StripeStandIn;
let editor: StaffViewer;
let admin: StaffViewer;
const now = new Date("2026-11-29T12:00:00Z");
const gateway = () => standInGateway(standIn);

async function staff(email: string): Promise<StaffViewer> {
  const [u] = await db.select({ id: users.id, role: users.role }).from(users).where(eq(users.email, email));
  return u!;
}

/** The events written since the last call, oldest first, with how many deliveries each has. */
let seen = 0;
async function newEvents(): Promise<{ type: string; data: Record<string, unknown>; deliveries: number }[]> {
  const rows = await db.select().from(webhookEvents).orderBy(asc(webhookEvents.id));
  const fresh = rows.filter((r) => r.id > seen);
  seen = rows.at(-1)?.id ?? seen;
  return Promise.all(fresh.map(async (r) => ({ type: r.type, data: r.data as Record<string, unknown>, deliveries: (await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.eventId, r.id))).length })));
}

const deliverStripe = (events: StripeEventLike[]) => deliverSignedEvents(db, standIn, SECRET, events, new Date(standIn.now() * 1000));

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  await seedDatabase(db, { demoAccounts: true });
  standIn = await startStripeStandIn();
  editor = await staff("editor@meridian.example");
  admin = await staff("admin@meridian.example");
  // Two endpoints hear everything; a disabled one and one for articles only show the fan-out.
  await db.insert(webhookEndpoints).values([
    { url: "https://a.example.org/hook", events: [...WEBHOOK_EVENT_TYPES], secret: "whsec_a" },
    { url: "https://b.example.org/hook", events: [...WEBHOOK_EVENT_TYPES], secret: "whsec_b" },
    { url: "https://off.example.org/hook", events: [...WEBHOOK_EVENT_TYPES], secret: "whsec_off", enabled: false },
    { url: "https://articles.example.org/hook", events: ["article.published"], secret: "whsec_c" },
  ]);
});
afterAll(async () => {
  await standIn.stop();
  await drop();
});
beforeEach(async () => {
  await newEvents();
});

describe("members", () => {
  it("a sign-up writes member.created to each enabled endpoint that listens", async () => {
    const { userId } = await signUpWithPassword(db, { name: "Ada", email: "ada-webhooks@example.org", password: "correct horse battery" }, { origin: "http://localhost" });
    expect(await newEvents()).toEqual([{ type: "member.created", data: { memberId: userId, email: "ada-webhooks@example.org", name: "Ada", source: "sign-up" }, deliveries: 2 }]);
    // The address taken: no account, no event.
    await signUpWithPassword(db, { name: "Ada", email: "ada-webhooks@example.org", password: "correct horse battery" }, { origin: "http://localhost" });
    expect(await newEvents()).toEqual([]);
  });

  it("a change rolled back leaves no event, and a committed one always has its event", async () => {
    await expect(
      inTransaction(db, async (t) => {
        await signUpWithPassword(t, { name: "Ghost", email: "ghost-webhooks@example.org", password: "correct horse battery" }, { origin: "http://localhost" });
        throw new Error("the request failed after the insert");
      }),
    ).rejects.toThrow("the request failed");
    expect(await db.select().from(users).where(eq(users.email, "ghost-webhooks@example.org"))).toEqual([]);
    expect(await newEvents()).toEqual([]);
  });

  it("a member added by hand with a level: member.created then member.access_changed, in one transaction", async () => {
    const { id } = await createMember(db, { actor: editor, input: { email: "hand-webhooks@example.org", name: "Hand", level: "2" }, now });
    const events = await newEvents();
    expect(events.map((e) => e.type)).toEqual(["member.created", "member.access_changed"]);
    expect(events[1]!.data).toMatchObject({ memberId: id, from: { level: 0, ccaps: [] }, to: { level: 2, ccaps: [] }, cause: "editor" });
  });

  it("an editor's grant that changes nothing readable writes no event", async () => {
    const { id } = await createMember(db, { actor: editor, input: { email: "same-webhooks@example.org", name: "Same", level: "1" }, now });
    await newEvents();
    await changeEntitlements(db, { actor: editor, userId: id, input: { action: "set-level", level: "1" }, now });
    expect(await newEvents()).toEqual([]);
  });
});

describe("subscriptions (from the Stripe events module)", () => {
  it("started, cancelled at period end, then ended; access changes alongside", async () => {
    const plan = await savePlan(db, gateway(), { input: { name: "Hooked", description: "", benefits: [], level: 1, ccaps: [], price: "8", currency: "eur", interval: "month" }, actorId: admin.id });
    const [member] = await db.insert(users).values({ email: "sub-webhooks@example.org" }).returning({ id: users.id });
    const { url } = await startCheckout(db, gateway(), { userId: member!.id, planId: plan.id, returnTo: "/", origin: "http://localhost:3000", now: new Date(standIn.now() * 1000) });
    const session = [...standIn.checkoutSessions.values()].find((s) => s.url === url)!;
    const completed = standIn.completeCheckout(session.id);
    await deliverStripe(completed);
    const started = await newEvents();
    expect(started.map((e) => e.type).sort()).toEqual(["member.access_changed", "subscription.started"]);
    const subscriptionId = started.find((e) => e.type === "subscription.started")!.data.subscriptionId as string;
    expect(started.find((e) => e.type === "subscription.started")!.data).toMatchObject({ memberId: member!.id, planId: plan.id, status: "active" });
    // A replayed event changes nothing, so it announces nothing.
    await deliverStripe(completed);
    expect(await newEvents()).toEqual([]);

    await deliverStripe(standIn.scheduleCancel(subscriptionId, true));
    expect((await newEvents()).map((e) => e.type)).toEqual(["subscription.cancelled"]);
    standIn.advanceClock(40 * 86400);
    await deliverStripe(standIn.renew(subscriptionId));
    expect((await newEvents()).map((e) => e.type).sort()).toEqual(["member.access_changed", "subscription.ended"]);
  });
});

describe("articles", () => {
  const piece = (extra: Record<string, unknown>) => ({ title: "Hooks and lines", standfirst: "Public standfirst.", bodyMarkdown: "Teaser.\n\n<!-- paywall -->\n\nGATED SENTENCE NEVER SENT.", intent: "save", ...extra });

  it("publishing announces the piece once, with public fields only", async () => {
    const draft = await saveArticle(db, editor, piece({}), { now });
    expect(await newEvents()).toEqual([]);
    const published = await saveArticle(db, editor, piece({ intent: "publish", version: draft.version, requirement: { level: "1" } }), { id: draft.id, now });
    const events = await newEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: "article.published", deliveries: 3, data: { articleId: draft.id, slug: "hooks-and-lines", title: "Hooks and lines", standfirst: "Public standfirst.", publishedAt: now.toISOString() } });
    expect(String(events[0]!.data.url)).toMatch(/\/articles\/hooks-and-lines$/);
    expect(JSON.stringify(events[0]!.data)).not.toContain("GATED");
    // Saving a published piece again is not a new publication.
    await saveArticle(db, editor, piece({ intent: "publish", version: published.version }), { id: draft.id, now });
    expect(await newEvents()).toEqual([]);
  });

  it("a scheduled piece is announced at its time, moves when rescheduled, and is withdrawn when unpublished first", async () => {
    const at = new Date("2027-01-01T08:00:00Z");
    const draft = await saveArticle(db, editor, piece({ title: "Scheduled hooks" }), { now });
    const scheduled = await saveArticle(db, editor, piece({ title: "Scheduled hooks", intent: "schedule", publishAt: at.toISOString(), version: draft.version }), { id: draft.id, now });
    const [event] = await newEvents();
    expect(event!.type).toBe("article.published");
    const eventId = seen;
    const due = async () => (await db.select({ at: webhookDeliveries.nextAttemptAt }).from(webhookDeliveries).where(eq(webhookDeliveries.eventId, eventId))).map((d) => d.at.toISOString());
    expect(await due()).toEqual([at.toISOString(), at.toISOString(), at.toISOString()]);
    const later = new Date("2027-02-01T08:00:00Z");
    const moved = await saveArticle(db, editor, piece({ title: "Scheduled hooks", intent: "schedule", publishAt: later.toISOString(), version: scheduled.version }), { id: draft.id, now });
    expect(await due()).toEqual([later.toISOString(), later.toISOString(), later.toISOString()]);
    await saveArticle(db, editor, piece({ title: "Scheduled hooks", intent: "unpublish", version: moved.version }), { id: draft.id, now });
    expect(await due()).toEqual([]);
    expect(await newEvents()).toEqual([]);
  });
});
