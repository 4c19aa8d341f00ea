import { eq } from "drizzle-orm";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { plans, subscriptions, users } from "@/db/schema";
import { createTestDatabase } from "@/db/test-database";
import { summarizeEntitlements } from "@/lib/access/summarize-entitlements";
import type { BillingGateway } from "@/lib/billing/billing-gateway";
import { stripeGateway } from "@/lib/billing/stripe-gateway";
import { loadMemberGrants } from "@/lib/members/load-member-grants";
import { startStripeStandIn, type StripeStandIn } from "@/scripts/stripe-stand-in/index";
import { applyPriceMap } from "./apply-price-map";
import { importWordPress } from "./import-wordpress";
import { relinkStripeMember } from "./relink-stripe-member";
import { fixtureWxr } from "./wordpress-fixture";

let db: Database;
let drop: () => Promise<void>;
let standIn: StripeStandIn;
let gateway: BillingGateway;

const text = (s: string) => () => (async function* () {
  yield s;
})();

/** A subscription paid at Stripe in the WordPress days: a customer and a subscription on a price. */
async function wordpressEraSubscription(priceId: string, email: string): Promise<{ customerId: string; subscriptionId: string }> {
  const customerId = await gateway.createCustomer({ email, name: email, userId: "wordpress", idempotencyKey: `wordpress-era-${email}` });
  const session = await gateway.createCheckoutSession({ customerId, priceId, trialDays: 0, successUrl: "http://localhost/a", cancelUrl: "http://localhost/b", userId: "wordpress", planId: 0, idempotencyKey: `wordpress-era-checkout-${email}` });
  standIn.completeCheckout(session.id);
  const sub = [...standIn.subscriptions.values()].find((s) => s.customer === customerId)!;
  return { customerId, subscriptionId: sub.id };
}

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  standIn = await startStripeStandIn();
  gateway = stripeGateway(new Stripe("sk_test_standin", { host: "127.0.0.1", port: standIn.port, protocol: "http", maxNetworkRetries: 0, telemetry: false }));
});
afterAll(async () => {
  await standIn.stop();
  await drop();
});

/** A product with one monthly price at the stand-in, as Stripe would hold it. */
async function stripePrice(name: string, amount: number): Promise<{ priceId: string }> {
  const productId = await gateway.createProduct({ name, description: "", idempotencyKey: `product-${name}` });
  return { priceId: await gateway.createPrice({ productId, amount, currency: "eur", interval: "month", idempotencyKey: `price-${name}` }) };
}

describe("Stripe re-link with keys", () => {
  it("links paying members to their customer and converges their subscription on a mapped plan; an unknown price is listed", async () => {
    const current = await stripePrice("Premium", 1200);
    await db.insert(plans).values({ name: "Premium", level: 2, amount: 1200, currency: "eur", interval: "month", stripePriceId: current.priceId });
    const old = await stripePrice("Silver (WordPress)", 900);
    const stray = await stripePrice("Something else", 500);
    expect(await applyPriceMap(db, new Map([[old.priceId, "premium"]]))).toEqual([`${old.priceId}: hidden copy of plan “Premium”`]);

    const paying = await wordpressEraSubscription(old.priceId, "paying@old-news.invalid");
    const strayOne = await wordpressEraSubscription(stray.priceId, "stray@old-news.invalid");
    const csv = [
      "user_login,user_email,role,meta_key__wp_s2member_subscr_gateway,meta_key__wp_s2member_subscr_id,meta_key__wp_s2member_subscr_cid",
      `paying,paying@old-news.invalid,s2member_level2,stripe,${paying.subscriptionId},${paying.customerId}`,
      `stray,stray@old-news.invalid,s2member_level1,stripe,${strayOne.subscriptionId},${strayOne.customerId}`,
    ].join("\n");
    const now = new Date(standIn.now() * 1000);
    // First without keys: the ids are kept and listed; then with keys, the same file re-links them.
    const keyless = await importWordPress(db, { openWxr: text(fixtureWxr([])), openMembers: text(csv), dryRun: false, now });
    expect(keyless.report.notices["stripe-relink-pending"]).toHaveLength(2);
    const { report } = await importWordPress(db, {
      openWxr: text(fixtureWxr([])),
      openMembers: text(csv),
      dryRun: false,
      relinkStripe: (tx, userId, member) => relinkStripeMember(tx, gateway, { userId, member, now }),
      now,
    });
    expect(report.notices["stripe-relinked"]?.map((n) => n.message)).toEqual([
      `${paying.customerId} ${paying.subscriptionId}: synced`,
      `${strayOne.customerId} ${strayOne.subscriptionId}: ignored: price is not a plan`,
    ]);

    const [member] = await db.select().from(users).where(eq(users.email, "paying@old-news.invalid"));
    expect(member).toMatchObject({ stripeCustomerId: paying.customerId, level: 0 });
    const [sub] = await db.select().from(subscriptions).where(eq(subscriptions.userId, member!.id));
    expect(sub).toMatchObject({ id: paying.subscriptionId, status: "active", priceId: old.priceId });
    // The subscription, not the account, now gives level 2: it ends when they stop paying.
    expect(summarizeEntitlements((await loadMemberGrants(db, member!.id)) ?? [], now)).toEqual({ level: 2, ccaps: [] });
    const [strayMember] = await db.select().from(users).where(eq(users.email, "stray@old-news.invalid"));
    expect(strayMember).toMatchObject({ level: 1 });
  });
});
