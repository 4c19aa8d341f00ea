import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_VERSION, startStripeStandIn, type StripeStandIn } from "./stripe-stand-in/index";

const MONTH_MIN = 28 * 86_400;
const MONTH_MAX = 31 * 86_400;

let standIn: StripeStandIn;
let stripe: Stripe;

beforeAll(async () => {
  standIn = await startStripeStandIn();
  stripe = new Stripe("sk_test_standin", { host: "127.0.0.1", port: standIn.port, protocol: "http", maxNetworkRetries: 0, telemetry: false });
});

afterAll(async () => {
  await standIn.stop();
});

/** Customer, product and monthly price, then an open checkout session for it. */
async function openCheckout(options: { trialDays?: number } = {}) {
  const customer = await stripe.customers.create({ email: "reader@example.com", name: "Ada Reader", metadata: { userId: "u1" } });
  const product = await stripe.products.create({ name: "Lede Member", description: "Level 2", metadata: { plan: "member" } });
  const price = await stripe.prices.create({ product: product.id, unit_amount: 900, currency: "eur", recurring: { interval: "month" } });
  const session = await stripe.checkout.sessions.create({
    mode: "subscription",
    customer: customer.id,
    line_items: [{ price: price.id, quantity: 1 }],
    success_url: "http://localhost:3000/account?checkout=success",
    cancel_url: "http://localhost:3000/pricing",
    client_reference_id: "u1",
    allow_promotion_codes: true,
    metadata: { userId: "u1" },
    subscription_data: { trial_period_days: options.trialDays, metadata: { userId: "u1", planId: "member" } },
  });
  return { customer, product, price, session };
}

async function subscribe(options: { trialDays?: number } = {}) {
  const opened = await openCheckout(options);
  const events = standIn.completeCheckout(opened.session.id);
  const session = await stripe.checkout.sessions.retrieve(opened.session.id);
  if (typeof session.subscription !== "string") throw new Error("completed session has no subscription id");
  return { ...opened, events, subscriptionId: session.subscription };
}

describe("Stripe stand-in with the real stripe SDK", () => {
  it("creates customers, products, prices and an open checkout session", async () => {
    const { customer, product, price, session } = await openCheckout({ trialDays: 7 });
    expect(customer).toMatchObject({ object: "customer", email: "reader@example.com", name: "Ada Reader", metadata: { userId: "u1" } });
    expect(customer.id).toMatch(/^cus_/);
    expect(product).toMatchObject({ object: "product", name: "Lede Member", metadata: { plan: "member" } });
    expect(price).toMatchObject({ object: "price", product: product.id, unit_amount: 900, currency: "eur", type: "recurring" });
    expect(price.recurring).toMatchObject({ interval: "month", interval_count: 1 });
    expect(session).toMatchObject({
      object: "checkout.session",
      mode: "subscription",
      status: "open",
      payment_status: "unpaid",
      customer: customer.id,
      client_reference_id: "u1",
      allow_promotion_codes: true,
      metadata: { userId: "u1" },
      success_url: "http://localhost:3000/account?checkout=success",
      subscription: null,
    });
    expect(session.id).toMatch(/^cs_test_/);
    expect(session.url).toBe(`${standIn.url}/checkout/${session.id}`);

    const request = standIn.requests.findLast((r) => r.path === "/v1/checkout/sessions");
    expect(request?.body).toMatchObject({
      line_items: [{ price: price.id, quantity: "1" }],
      subscription_data: { trial_period_days: "7", metadata: { userId: "u1", planId: "member" } },
    });
    expect(request?.stripeVersion).toBe(Stripe.API_VERSION);
  });

  it("completes a checkout into an active subscription with a paid invoice", async () => {
    const { customer, price, session, events, subscriptionId } = await subscribe();
    expect(events.map((e) => e.type)).toEqual(["checkout.session.completed", "customer.subscription.created", "invoice.paid"]);
    expect(events[0]?.data.object).toMatchObject({ id: session.id, status: "complete", payment_status: "paid", subscription: subscriptionId });

    const sub = await stripe.subscriptions.retrieve(subscriptionId);
    expect(sub).toMatchObject({ status: "active", customer: customer.id, cancel_at_period_end: false, metadata: { userId: "u1", planId: "member" } });
    const item = sub.items.data[0];
    expect(item?.price.id).toBe(price.id);
    expect(item?.current_period_start).toBe(sub.start_date);
    const periodLength = (item?.current_period_end ?? 0) - (item?.current_period_start ?? 0);
    expect(periodLength).toBeGreaterThanOrEqual(MONTH_MIN);
    expect(periodLength).toBeLessThanOrEqual(MONTH_MAX);

    const invoices = await stripe.invoices.list({ customer: customer.id, limit: 10 });
    expect(invoices).toMatchObject({ object: "list", has_more: false, url: "/v1/invoices" });
    expect(invoices.data).toHaveLength(1);
    expect(invoices.data[0]).toMatchObject({ status: "paid", amount_paid: 900, billing_reason: "subscription_create" });
    expect(invoices.data[0]?.parent?.subscription_details?.subscription).toBe(subscriptionId);
    expect(sub.latest_invoice).toBe(invoices.data[0]?.id);
    expect([...standIn.charges.values()].filter((c) => c.customer === customer.id)).toHaveLength(1);
  });

  it("starts a trial as trialing with a $0 invoice and the trial as first period", async () => {
    const { subscriptionId } = await subscribe({ trialDays: 7 });
    const sub = await stripe.subscriptions.retrieve(subscriptionId);
    expect(sub.status).toBe("trialing");
    expect(sub.trial_end).toBe((sub.trial_start ?? 0) + 7 * 86_400);
    expect(sub.items.data[0]?.current_period_end).toBe(sub.trial_end);
    const [invoice] = (await stripe.invoices.list({ customer: String(sub.customer) })).data;
    expect(invoice).toMatchObject({ status: "paid", amount_paid: 0 });
  });

  it("schedules a cancellation, through the controls and through the API", async () => {
    const { customer, subscriptionId } = await subscribe();
    const [updated] = standIn.scheduleCancel(subscriptionId, true);
    expect(updated?.type).toBe("customer.subscription.updated");
    expect(updated?.data.previous_attributes).toMatchObject({ cancel_at_period_end: false, cancel_at: null });
    const sub = await stripe.subscriptions.retrieve(subscriptionId);
    expect(sub.cancel_at_period_end).toBe(true);
    expect(sub.cancel_at).toBe(sub.items.data[0]?.current_period_end);

    const resumed = await stripe.subscriptions.update(subscriptionId, { cancel_at_period_end: false }, { idempotencyKey: "undo-1" });
    expect(resumed.cancel_at_period_end).toBe(false);
    expect(standIn.events.at(-1)).toMatchObject({ type: "customer.subscription.updated", request: { idempotency_key: "undo-1" } });

    const canceled = await stripe.subscriptions.cancel(subscriptionId);
    expect(canceled).toMatchObject({ status: "canceled", ended_at: expect.any(Number) });
    expect(standIn.events.at(-1)?.type).toBe("customer.subscription.deleted");
    expect((await stripe.subscriptions.list({ customer: customer.id })).data).toHaveLength(0);
    expect((await stripe.subscriptions.list({ customer: customer.id, status: "all" })).data).toHaveLength(1);
  });

  it("creates billing portal sessions", async () => {
    const { customer } = await openCheckout();
    const portal = await stripe.billingPortal.sessions.create({ customer: customer.id, return_url: "http://localhost:3000/account" });
    expect(portal).toMatchObject({ object: "billing_portal.session", customer: customer.id, return_url: "http://localhost:3000/account" });
    expect(portal.url).toBe(`${standIn.url}/billing_portal/${portal.id}`);
  });

  it("answers errors as Stripe does", async () => {
    await expect(stripe.subscriptions.retrieve("sub_missing")).rejects.toMatchObject({
      type: "StripeInvalidRequestError",
      statusCode: 404,
      message: "No such subscription: 'sub_missing'",
    });
    await expect(stripe.products.create({ name: "" })).rejects.toMatchObject({ type: "StripeInvalidRequestError", statusCode: 400, param: "name" });
    await expect(stripe.coupons.create({ percent_off: 10 })).rejects.toMatchObject({ type: "StripeInvalidRequestError", statusCode: 404 });

    const noKey = await fetch(`${standIn.url}/v1/customers`, { method: "POST" });
    expect(noKey.status).toBe(401);
    expect(await noKey.json()).toEqual({ error: { type: "invalid_request_error", message: "Invalid API Key provided" } });
    const wrongKey = new Stripe("sk_live_nope", { host: "127.0.0.1", port: standIn.port, protocol: "http", maxNetworkRetries: 0, telemetry: false });
    await expect(wrongKey.customers.retrieve("cus_x")).rejects.toMatchObject({ type: "StripeAuthenticationError", statusCode: 401 });
  });

  it("gives each event its own snapshot of the object", async () => {
    const { subscriptionId, events } = await subscribe();
    const created = events[1];
    standIn.scheduleCancel(subscriptionId, true);
    const [deleted] = standIn.cancelNow(subscriptionId);
    expect(created?.data.object).toMatchObject({ id: subscriptionId, status: "active", cancel_at_period_end: false, ended_at: null });
    expect(deleted?.data.object).toMatchObject({ id: subscriptionId, status: "canceled", cancel_at_period_end: true });
    expect(standIn.subscriptions.get(subscriptionId)?.status).toBe("canceled");
    if (deleted?.data.object.object !== "subscription") throw new Error("expected a subscription");
    deleted.data.object.status = "active";
    expect(standIn.subscriptions.get(subscriptionId)?.status).toBe("canceled");
  });

  it("round-trips an event through webhook signing", async () => {
    const { events } = await subscribe();
    const event = events[1];
    const payload = JSON.stringify(event);
    const header = stripe.webhooks.generateTestHeaderString({ payload, secret: "whsec_test" });
    const verified = stripe.webhooks.constructEvent(payload, header, "whsec_test");
    expect(verified).toMatchObject({ id: event?.id, type: "customer.subscription.created", api_version: Stripe.API_VERSION, livemode: false });
    expect(API_VERSION).toBe(Stripe.API_VERSION);
    expect(() => stripe.webhooks.constructEvent(payload, header, "whsec_other")).toThrow();
  });

  it("renews, fails, recovers, pauses, resumes, refunds and disputes", async () => {
    const { customer, subscriptionId } = await subscribe();
    const firstEnd = standIn.subscriptions.get(subscriptionId)?.items.data[0]?.current_period_end;

    standIn.advanceClock(32 * 86_400);
    expect(standIn.renew(subscriptionId).map((e) => e.type)).toEqual(["customer.subscription.updated", "invoice.paid"]);
    let sub = await stripe.subscriptions.retrieve(subscriptionId);
    expect(sub.items.data[0]?.current_period_start).toBe(firstEnd);

    const failed = standIn.renew(subscriptionId, { paymentFails: true });
    expect(failed.map((e) => e.type)).toEqual(["customer.subscription.updated", "invoice.payment_failed"]);
    expect(failed[1]?.data.object).toMatchObject({ status: "open", amount_paid: 0, amount_remaining: 900 });
    expect((await stripe.subscriptions.retrieve(subscriptionId)).status).toBe("past_due");
    expect(standIn.setStatus(subscriptionId, "active").map((e) => e.type)).toEqual(["invoice.paid", "customer.subscription.updated"]);
    expect(standIn.setStatus(subscriptionId, "past_due").map((e) => e.type)).toEqual(["customer.subscription.updated", "invoice.payment_failed"]);
    standIn.setStatus(subscriptionId, "active");

    expect(standIn.pause(subscriptionId).map((e) => e.type)).toEqual(["customer.subscription.paused", "customer.subscription.updated"]);
    expect(standIn.resume(subscriptionId).map((e) => e.type)).toEqual(["customer.subscription.resumed", "customer.subscription.updated", "invoice.paid"]);
    sub = await stripe.subscriptions.retrieve(subscriptionId);
    expect(sub.status).toBe("active");

    const [refunded] = standIn.refundLatestCharge(customer.id);
    expect(refunded).toMatchObject({ type: "charge.refunded", data: { object: { refunded: true, amount_refunded: 900, customer: customer.id } } });
    const [disputed] = standIn.disputeLatestCharge(customer.id);
    expect(disputed?.type).toBe("charge.dispute.created");
    expect(disputed?.data.object).toMatchObject({ object: "dispute", charge: refunded?.data.object.id, amount: 900 });
    expect(disputed?.created).toBeGreaterThanOrEqual(Math.floor(Date.now() / 1000) + 32 * 86_400);
  });
});
