import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { articles, checkoutAttributions, giftLinks, invoices, subscriptions, users } from "@/db/schema";
import { createTestDatabase } from "@/db/test-database";
import { summarizeEntitlements } from "@/lib/access/summarize-entitlements";
import { loadMemberGrants } from "@/lib/members/load-member-grants";
import { seedDatabase } from "@/scripts/seed/seed";
import { startStripeStandIn, type StripeEventLike, type StripeStandIn } from "@/scripts/stripe-stand-in/index";
import { listConversionsByArticle } from "./attribution/list-conversions-by-article";
import { recordAttribution } from "./attribution/record-attribution";
import { savePlan } from "./plans/save-plan";
import { deliverSignedEvents, standInGateway } from "./testing/stand-in-webhooks";
import { startCheckout, type CheckoutAttribution } from "./start-checkout";
import { previewPlanSwitch } from "./switch/preview-plan-switch";
import { switchPlan } from "./switch/switch-plan";

/* The conversion path against the real SDK and the Stripe stand-in, with signed webhooks: switches, add-ons, attribution. */

const SECRET = "whsec_conversion";
let db: Database;
let drop: () => Promise<void>;
let standIn: StripeStandIn;
let editorId: string;
let articleIds: { id: number; slug: string }[];
const gateway = () => standInGateway(standIn);
const standNow = () => new Date(standIn.now() * 1000);
const form = { name: "Reader", description: "", benefits: [], level: 1, ccaps: [] as string[], price: "9", currency: "eur", interval: "month" };

const deliver = (events: StripeEventLike[], now = standNow()) => deliverSignedEvents(db, standIn, SECRET, events, now);

async function newMember(name: string): Promise<string> {
  const [user] = await db.insert(users).values({ email: `${name}-${Math.random().toString(36).slice(2)}@example.org`, name }).returning({ id: users.id });
  return user!.id;
}

const checkoutFor = (userId: string, planId: number, attribution?: CheckoutAttribution) =>
  startCheckout(db, gateway(), { userId, planId, returnTo: "/articles/x", origin: "http://localhost:3000", now: standNow(), ...(attribution ? { attribution } : {}) });
const sessionOf = (url: string) => [...standIn.checkoutSessions.values()].find((s) => s.url === url)!;
const access = async (userId: string) => summarizeEntitlements((await loadMemberGrants(db, userId)) ?? [], standNow());
const customerOf = async (userId: string) => (await db.select({ c: users.stripeCustomerId }).from(users).where(eq(users.id, userId)))[0]!.c!;
const liveSubscriptionsAtStripe = (customerId: string) => [...standIn.subscriptions.values()].filter((s) => s.customer === customerId && s.status !== "canceled");

async function subscribe(userId: string, planId: number, attribution?: CheckoutAttribution): Promise<StripeEventLike[]> {
  const { url } = await checkoutFor(userId, planId, attribution);
  const events = standIn.completeCheckout(sessionOf(url).id);
  await deliver(events);
  return events;
}

let reader: { id: number };
let premium: { id: number };
let yearly: { id: number };
let addOn: { id: number };

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  await seedDatabase(db, { demoAccounts: false });
  standIn = await startStripeStandIn();
  const [editor] = await db.insert(users).values({ email: "editor-conversion@example.org", role: "editor" }).returning({ id: users.id });
  editorId = editor!.id;
  reader = await savePlan(db, gateway(), { input: form, actorId: editorId });
  premium = await savePlan(db, gateway(), { input: { ...form, name: "Premium", level: 2, price: "16" }, actorId: editorId });
  yearly = await savePlan(db, gateway(), { input: { ...form, name: "Insider", level: 3, price: "240", interval: "year" }, actorId: editorId });
  addOn = await savePlan(db, gateway(), { input: { ...form, name: "PDF edition", level: 0, ccaps: ["pdf_edition"], price: "3" }, actorId: editorId });
  articleIds = await db.select({ id: articles.id, slug: articles.slug }).from(articles).orderBy(articles.id).limit(3);
});
afterAll(async () => {
  await standIn.stop();
  await drop();
});

describe("switching plans", () => {
  it("previews the prorated amount due today and switches the one subscription, never adding a second", async () => {
    const userId = await newMember("switcher");
    await subscribe(userId, reader.id);
    const customerId = await customerOf(userId);
    const [sub] = liveSubscriptionsAtStripe(customerId);
    standIn.advanceClock(10 * 86_400);
    const preview = await previewPlanSwitch(db, gateway(), { userId, planId: premium.id, now: standNow() });
    const item = structuredClone(sub!.items.data[0]!);
    const left = (item.current_period_end - standIn.now()) / (item.current_period_end - item.current_period_start);
    expect(preview).toMatchObject({ fromPlanName: "Reader", toPlanName: "Premium", currency: "eur", subscriptionId: sub!.id });
    expect(preview.amountDue).toBe(Math.round(700 * left));
    expect(preview.amountDue).toBeGreaterThan(0);
    expect(standIn.requests.some((r) => r.path === "/v1/invoices/create_preview")).toBe(true);

    const eventsBefore = standIn.events.length;
    await switchPlan(db, gateway(), { userId, planId: premium.id, prorationDate: preview.prorationDate, now: standNow() });
    expect(liveSubscriptionsAtStripe(customerId)).toHaveLength(1);
    expect(liveSubscriptionsAtStripe(customerId)[0]!.items.data[0]!.price.id).not.toBe(item.price.id);
    expect(await access(userId)).toEqual({ level: 2, ccaps: [] });
    // Stripe's own events for the change, delivered signed, converge on the same state and record the prorated invoice.
    const outcomes = await deliver(standIn.events.slice(eventsBefore));
    expect(outcomes.every((o) => o.startsWith("synced") || o.startsWith("ignored: a newer"))).toBe(true);
    const [invoice] = await db.select().from(invoices).where(and(eq(invoices.userId, userId), eq(invoices.amountPaid, preview.amountDue)));
    expect(invoice).toBeDefined();
    expect(await db.select().from(subscriptions).where(eq(subscriptions.userId, userId))).toHaveLength(1);
    expect((await db.select().from(subscriptions).where(eq(subscriptions.userId, userId)))[0]!.planId).toBe(premium.id);
  });

  it("refuses a checkout for a second base plan, and a switch for a member without one", async () => {
    const userId = await newMember("no-double");
    await expect(switchPlan(db, gateway(), { userId, planId: premium.id, prorationDate: standIn.now(), now: standNow() })).rejects.toMatchObject({ code: "CONFLICT" });
    await subscribe(userId, reader.id);
    await expect(checkoutFor(userId, premium.id)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("switch") });
    await expect(checkoutFor(userId, reader.id)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("already have this plan") });
    // A stale confirmation is asked again rather than charging an amount the reader did not see.
    await expect(switchPlan(db, gateway(), { userId, planId: premium.id, prorationDate: standIn.now() - 3600, now: standNow() })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("a switch to a yearly plan restarts the period and charges the new price less the unused month", async () => {
    const userId = await newMember("yearly");
    await subscribe(userId, premium.id);
    const preview = await previewPlanSwitch(db, gateway(), { userId, planId: yearly.id, now: standNow() });
    expect(preview.amountDue).toBe(24000 - 1600);
    await switchPlan(db, gateway(), { userId, planId: yearly.id, prorationDate: preview.prorationDate, now: standNow() });
    expect(await access(userId)).toEqual({ level: 3, ccaps: [] });
  });
});

describe("add-ons", () => {
  it("an add-on (level 0, capabilities only) is held beside the base plan", async () => {
    const userId = await newMember("add-on");
    await subscribe(userId, reader.id);
    await subscribe(userId, addOn.id);
    expect(liveSubscriptionsAtStripe(await customerOf(userId))).toHaveLength(2);
    expect(await access(userId)).toEqual({ level: 1, ccaps: ["pdf_edition"] });
    await expect(checkoutFor(userId, addOn.id)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(previewPlanSwitch(db, gateway(), { userId, planId: addOn.id, now: standNow() })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("attribution", () => {
  it("records one subscription per checkout from an article, with its gift link, however often the webhook comes", async () => {
    const [a, b] = articleIds;
    const giverId = await newMember("giver");
    const [gift] = await db.insert(giftLinks).values({ articleId: b!.id, giverId, kind: "member" }).returning({ id: giftLinks.id });
    const from = new Date(Date.now() - 60_000);

    const ann = await newMember("ann");
    await recordAttribution(db, { event: "signup", member: { id: ann }, articleId: a!.id, giftLinkId: null, planId: reader.id });
    const annEvents = await subscribe(ann, reader.id, { articleId: a!.id, giftLinkId: null });
    const session = standIn.events.find((e) => e.type === "checkout.session.completed" && annEvents.includes(e))!;
    expect((session.data.object as { metadata: Record<string, string> }).metadata).toMatchObject({ articleId: String(a!.id) });
    // Replayed, and re-sent with new event ids (as Stripe's "resend"): still one attribution for the checkout.
    expect(await deliver(annEvents)).toEqual(annEvents.map(() => "duplicate: already processed"));
    await deliver(annEvents.map((e) => ({ ...e, id: `${e.id}_resent` })));

    const bob = await newMember("bob");
    await subscribe(bob, premium.id, { articleId: b!.id, giftLinkId: gift!.id });
    await subscribe(await newMember("carl"), reader.id);

    const rows = await db.select().from(checkoutAttributions).where(sql`${checkoutAttributions.memberId} in (${ann}, ${bob})`);
    expect(rows.filter((r) => r.event === "subscribed")).toHaveLength(2);
    expect(rows.find((r) => r.memberId === bob && r.event === "subscribed")).toMatchObject({ articleId: b!.id, giftLinkId: gift!.id, planId: premium.id });
    expect(rows.find((r) => r.memberId === ann && r.event === "subscribed")?.checkoutId).toMatch(/^cs_/);

    const conversions = await listConversionsByArticle(db, { from, to: new Date(Date.now() + 60_000) });
    expect(conversions).toEqual(
      expect.arrayContaining([
        { articleId: a!.id, slug: a!.slug, title: expect.any(String), signups: 1, subscriptions: 1, giftConversions: 0 },
        { articleId: b!.id, slug: b!.slug, title: expect.any(String), signups: 0, subscriptions: 1, giftConversions: 1 },
      ]),
    );
    expect(conversions).toHaveLength(2);
    expect(await listConversionsByArticle(db, { from: new Date(0), to: from })).toEqual([]);
  });
});
