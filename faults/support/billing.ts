import { eq } from "drizzle-orm";
import Stripe from "stripe";
import type { Database } from "../../db/client";
import { plans, users } from "../../db/schema";
import type { StripeEventLike, StripeStandIn } from "../../scripts/stripe-stand-in/index";
import { WEBHOOK_SECRET } from "./lede";

/** The real SDK pointed at the stand-in. */
export function standInStripe(standIn: StripeStandIn): Stripe {
  return new Stripe("sk_test_faults", { host: "127.0.0.1", port: standIn.port, protocol: "http", maxNetworkRetries: 0, telemetry: false });
}

/** A plan at `level` on a price the stand-in knows. */
export async function createPlan(db: Database, stripe: Stripe, level: number): Promise<{ planId: number; priceId: string }> {
  const product = await stripe.products.create({ name: `Faults level ${level} ${Math.random().toString(36).slice(2, 6)}` });
  const price = await stripe.prices.create({ product: product.id, unit_amount: 900, currency: "eur", recurring: { interval: "month" } });
  const [row] = await db
    .insert(plans)
    .values({ name: product.name, level, ccaps: [], amount: 900, currency: "eur", interval: "month", stripePriceId: price.id })
    .returning({ id: plans.id });
  return { planId: row!.id, priceId: price.id };
}

/** A member (new, or the user with `email`) paying through a new stand-in customer. */
export async function payingMember(db: Database, stripe: Stripe, email: string): Promise<{ userId: string; customerId: string }> {
  let [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
  if (!user) [user] = await db.insert(users).values({ email, name: email.split("@")[0] }).returning({ id: users.id });
  const customer = await stripe.customers.create({ email, metadata: { userId: user!.id } });
  await db.update(users).set({ stripeCustomerId: customer.id }).where(eq(users.id, user!.id));
  return { userId: user!.id, customerId: customer.id };
}

/** Checkout completed at the stand-in: the subscription's id and the events Stripe would send. */
export async function subscribe(standIn: StripeStandIn, stripe: Stripe, member: { userId: string; customerId: string }, priceId: string): Promise<{ subscriptionId: string; events: StripeEventLike[] }> {
  const session = await stripe.checkout.sessions.create({
    mode: "subscription",
    customer: member.customerId,
    client_reference_id: member.userId,
    line_items: [{ price: priceId, quantity: 1 }],
    success_url: "http://localhost/ok",
    cancel_url: "http://localhost/cancel",
  });
  const events = standIn.completeCheckout(session.id);
  const subscription = [...standIn.subscriptions.values()].find((s) => s.customer === member.customerId && s.status !== "canceled");
  return { subscriptionId: subscription!.id, events };
}

/** Delivers an event to a server's webhook as Stripe would (signed with the real SDK's scheme). */
export async function deliver(baseUrl: string, event: StripeEventLike): Promise<{ status: number; body: string }> {
  const payload = JSON.stringify(event);
  const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET });
  const response = await fetch(`${baseUrl}/api/stripe/webhook`, { method: "POST", headers: { "content-type": "application/json", "stripe-signature": signature }, body: payload });
  return { status: response.status, body: await response.text() };
}
