/**
 * Stripe objects for the stand-in, each cloned from Stripe's own example object in
 * ../shared/stripe/fixtures.json and then given fresh ids, timestamps and the values
 * the caller set. Fixture fields that would point at objects that do not exist here
 * (discounts, transfer destinations, schedules, ...) are reset to null or empty.
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type Stripe from "stripe";
import { addBillingInterval } from "../../lib/billing/add-billing-interval";

/** A Stripe type as it travels as JSON: the SDK turns decimal strings into Decimal objects; the wire carries strings. */
export type Wire<T> = T extends string | number | boolean | bigint | symbol | null | undefined
  ? T
  : T extends Stripe.Decimal
    ? string
    : T extends (infer U)[]
      ? Wire<U>[]
      : T extends object
        ? { [K in keyof T]: Wire<T[K]> }
        : T;

export type Customer = Wire<Stripe.Customer>;
export type Product = Wire<Stripe.Product>;
export type Price = Wire<Stripe.Price>;
export type Plan = Wire<Stripe.Plan>;
export type CheckoutSession = Wire<Stripe.Checkout.Session>;
export type PortalSession = Wire<Stripe.BillingPortal.Session>;
export type Subscription = Wire<Stripe.Subscription>;
export type SubscriptionItem = Wire<Stripe.SubscriptionItem>;
export type Invoice = Wire<Stripe.Invoice>;
export type InvoiceLineItem = Wire<Stripe.InvoiceLineItem>;
export type Charge = Wire<Stripe.Charge>;
export type Refund = Wire<Stripe.Refund>;
export type Dispute = Wire<Stripe.Dispute>;
export type InvoicePayment = Wire<Stripe.InvoicePayment>;

export interface Fixtures {
  customer: Customer;
  product: Product;
  price: Price;
  "checkout.session": CheckoutSession;
  "billing_portal.session": PortalSession;
  subscription: Subscription;
  subscription_item: SubscriptionItem;
  invoice: Invoice;
  charge: Charge;
  refund: Refund;
  dispute: Dispute;
  event: Record<string, unknown>;
}

const FIXTURE_KEYS = [
  "customer",
  "product",
  "price",
  "checkout.session",
  "billing_portal.session",
  "subscription",
  "subscription_item",
  "invoice",
  "charge",
  "refund",
  "dispute",
  "event",
] as const satisfies readonly (keyof Fixtures)[];

/**
 * Stripe's example objects, copied unchanged into the repository from Stripe's public
 * OpenAPI fixtures (stripe/openapi, openapi/fixtures3.json, MIT licence) so a clean clone has them.
 */
export const DEFAULT_FIXTURES_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "fixtures.json");

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads the fixtures file and checks that every object the stand-in clones is there with the right `object`. */
export function loadFixtures(file: string): Fixtures {
  const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
  if (!isRecord(parsed)) throw new Error(`${file}: expected a JSON object keyed by Stripe object name`);
  for (const key of FIXTURE_KEYS) {
    const fixture = parsed[key];
    if (!isRecord(fixture) || fixture.object !== key) throw new Error(`${file}: missing fixture "${key}"`);
  }
  // Checked above key by key; the field shapes are Stripe's own (see the file's README).
  return parsed as unknown as Fixtures;
}

const ID_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** A Stripe-looking id: `prefix` followed by `length` random base-62 characters. */
export function newId(prefix: string, length = 24): string {
  let id = prefix;
  for (const byte of randomBytes(length)) id += ID_ALPHABET.charAt(byte % ID_ALPHABET.length);
  return id;
}

/** `seconds` moved forward by `count` intervals, by Stripe's calendar rule (the one test mode uses too). */
export const addInterval = addBillingInterval;

/** The id of an expandable field (the stand-in never expands, but the types allow it). */
export const idOf = (value: string | { id: string }): string => (typeof value === "string" ? value : value.id);

export const addDays = (seconds: number, days: number): number => addBillingInterval(seconds, "day", days);

export interface BuildContext {
  fixtures: Fixtures;
  now: number;
  baseUrl: string;
}

const clone = <T>(value: T): T => structuredClone(value);

export function buildCustomer(
  { fixtures, now }: BuildContext,
  fields: { email: string | null; name: string | null; description: string | null; phone: string | null; metadata: Record<string, string> },
): Customer {
  return {
    ...clone(fixtures.customer),
    id: newId("cus_", 14),
    created: now,
    ...fields,
    address: null,
    currency: null,
    discount: null,
    invoice_prefix: newId("", 8).toUpperCase(),
    next_invoice_sequence: 1,
    shipping: null,
    test_clock: null,
  };
}

export function buildProduct(
  { fixtures, now }: BuildContext,
  fields: { name: string; description: string | null; metadata: Record<string, string> },
): Product {
  return {
    ...clone(fixtures.product),
    id: newId("prod_", 14),
    created: now,
    updated: now,
    ...fields,
    default_price: null,
    images: [],
    marketing_features: [],
    package_dimensions: null,
    shippable: null,
    tax_details: null,
    type: "service",
  };
}

export function buildPrice(
  { fixtures, now }: BuildContext,
  fields: {
    product: string;
    unit_amount: number;
    currency: string;
    recurring: { interval: string; interval_count: number } | null;
    nickname: string | null;
    lookup_key: string | null;
    metadata: Record<string, string>;
  },
): Price {
  const fixture = clone(fixtures.price);
  const { recurring, ...rest } = fields;
  return {
    ...fixture,
    id: newId("price_"),
    created: now,
    ...rest,
    custom_unit_amount: null,
    recurring: recurring && { ...fixture.recurring, meter: null, trial_period_days: null, usage_type: "licensed", ...recurring },
    transform_quantity: null,
    type: recurring ? "recurring" : "one_time",
    unit_amount_decimal: String(fields.unit_amount),
  };
}

export function buildCheckoutSession(
  { fixtures, now, baseUrl }: BuildContext,
  fields: Pick<
    CheckoutSession,
    | "mode"
    | "customer"
    | "customer_email"
    | "success_url"
    | "cancel_url"
    | "client_reference_id"
    | "allow_promotion_codes"
    | "metadata"
    | "currency"
    | "amount_subtotal"
    | "amount_total"
  >,
): CheckoutSession {
  const id = newId("cs_test_", 58);
  return {
    ...clone(fixtures["checkout.session"]),
    id,
    created: now,
    expires_at: addDays(now, 1),
    url: `${baseUrl}/checkout/${id}`,
    ...fields,
    adaptive_pricing: null,
    after_expiration: null,
    allowed_payment_method_types: null,
    automatic_tax: { enabled: false, liability: null, provider: null, status: null },
    collected_information: null,
    consent: null,
    consent_collection: null,
    currency_conversion: null,
    custom_text: { after_submit: null, shipping_address: null, submit: null, terms_of_service_acceptance: null },
    customer_creation: fields.customer ? null : "always",
    customer_details: null,
    discounts: [],
    invoice: null,
    invoice_creation: null,
    managed_payments: null,
    payment_intent: null,
    payment_method_collection: "always",
    payment_method_configuration_details: null,
    payment_status: "unpaid",
    permissions: null,
    saved_payment_method_options: null,
    shipping_address_collection: null,
    shipping_cost: null,
    status: "open",
    subscription: null,
    total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
    ui_mode: "hosted",
    wallet_options: null,
  };
}

export function buildPortalSession(
  { fixtures, now, baseUrl }: BuildContext,
  fields: { customer: string; return_url: string | null; configuration: string },
): PortalSession {
  const id = newId("bps_");
  return {
    ...clone(fixtures["billing_portal.session"]),
    id,
    created: now,
    ...fields,
    flow: null,
    livemode: false,
    url: `${baseUrl}/billing_portal/${id}`,
  };
}

/** The legacy `plan` view of a recurring price that Stripe still puts on subscription items. */
export function planFromPrice(price: Price): Plan {
  if (!price.recurring) throw new Error(`${price.id} is not a recurring price`);
  return {
    id: price.id,
    object: "plan",
    active: price.active,
    amount: price.unit_amount,
    amount_decimal: price.unit_amount_decimal,
    billing_scheme: "per_unit",
    created: price.created,
    currency: price.currency,
    interval: price.recurring.interval,
    interval_count: price.recurring.interval_count,
    livemode: false,
    metadata: clone(price.metadata),
    meter: null,
    nickname: price.nickname,
    product: price.product,
    tiers_mode: null,
    transform_usage: null,
    trial_period_days: null,
    usage_type: "licensed",
  };
}

export function buildSubscription(
  { fixtures, now }: BuildContext,
  fields: {
    customer: string;
    price: Price;
    quantity: number;
    periodEnd: number;
    trialEnd: number | null;
    metadata: Record<string, string>;
  },
): Subscription {
  const id = newId("sub_");
  const item: SubscriptionItem = {
    ...clone(fixtures.subscription_item),
    id: newId("si_", 14),
    created: now,
    current_period_start: now,
    current_period_end: fields.periodEnd,
    current_trial: null,
    billing_thresholds: null,
    discounts: [],
    metadata: {},
    plan: planFromPrice(fields.price),
    price: clone(fields.price),
    quantity: fields.quantity,
    subscription: id,
    tax_rates: [],
  };
  return {
    ...clone(fixtures.subscription),
    id,
    created: now,
    start_date: now,
    billing_cycle_anchor: fields.trialEnd ?? now,
    customer: fields.customer,
    currency: fields.price.currency,
    metadata: fields.metadata,
    status: fields.trialEnd ? "trialing" : "active",
    trial_start: fields.trialEnd ? now : null,
    trial_end: fields.trialEnd,
    items: { object: "list", data: [item], has_more: false, url: `/v1/subscription_items?subscription=${id}` },
    automatic_tax: { disabled_reason: null, enabled: false, liability: null },
    billing_cycle_anchor_config: null,
    billing_mode: { flexible: { proration_discounts: "included" }, type: "flexible" },
    billing_schedules: [],
    billing_thresholds: null,
    cancel_at: null,
    cancel_at_period_end: false,
    canceled_at: null,
    cancellation_details: { comment: null, feedback: null, feedback_option: null, reason: null },
    default_tax_rates: [],
    discounts: [],
    ended_at: null,
    invoice_settings: { account_tax_ids: null, custom_fields: null, description: null, footer: null, issuer: { type: "self" } },
    latest_invoice: null,
    managed_payments: null,
    next_pending_invoice_item_invoice: null,
    pause_collection: null,
    payment_settings: { payment_method_options: null, payment_method_types: null, save_default_payment_method: "off" },
    pending_invoice_item_interval: null,
    pending_update: null,
    schedule: null,
    test_clock: null,
    transfer_data: null,
    trial_settings: { end_behavior: { billing_cycle_anchor: null, missing_payment_method: "create_invoice" } },
  };
}

/** The subscription's only item (the stand-in creates one per subscription). */
export function onlyItem(subscription: Subscription): SubscriptionItem {
  const item = subscription.items.data[0];
  if (!item) throw new Error(`${subscription.id} has no items`);
  return item;
}

export function buildInvoice(
  { fixtures, now }: BuildContext,
  fields: {
    customer: Customer;
    subscription: Subscription;
    amount: number;
    billingReason: "subscription_create" | "subscription_cycle" | "subscription_update";
    /** The invoice's own period (Stripe: the period just ended; for a first invoice, now → now). */
    period: { start: number; end: number };
    /** The service period the line item pays for. */
    linePeriod: { start: number; end: number };
    paid: boolean;
    lineDescription: string;
    /** The customer's invoice number sequence (Stripe numbers invoices PREFIX-0001, PREFIX-0002, …). */
    sequence: number;
  },
): Invoice {
  const { customer, subscription, amount, paid } = fields;
  const item = onlyItem(subscription);
  const fixture = clone(fixtures.invoice);
  // The example still has `invoice.subscription`, which API 2025-03-31 moved to `parent.subscription_details`.
  Reflect.deleteProperty(fixture, "subscription");
  const lineFixture = fixture.lines.data[0];
  if (!lineFixture) throw new Error("invoice fixture has no line item");
  const id = newId("in_");
  const line: InvoiceLineItem = {
    ...lineFixture,
    id: newId("il_"),
    amount,
    currency: subscription.currency,
    description: fields.lineDescription,
    discount_amounts: [],
    discounts: [],
    invoice: id,
    metadata: {},
    parent: {
      type: "subscription_item_details",
      invoice_item_details: null,
      subscription_item_details: {
        invoice_item: null,
        proration: false,
        proration_details: { credited_items: null },
        subscription: subscription.id,
        subscription_item: item.id,
      },
    },
    period: fields.linePeriod,
    pretax_credit_amounts: [],
    pricing: { type: "price_details", price_details: { price: item.price.id, product: idOf(item.price.product) }, unit_amount_decimal: item.price.unit_amount_decimal },
    quantity: item.quantity ?? 1,
    quantity_decimal: String(item.quantity ?? 1),
    subscription: subscription.id,
    subtotal: amount,
    taxes: [],
  };
  return {
    ...fixture,
    id,
    created: now,
    customer: customer.id,
    customer_email: customer.email,
    customer_name: customer.name ?? null,
    customer_phone: customer.phone ?? null,
    currency: subscription.currency,
    billing_reason: fields.billingReason,
    period_start: fields.period.start,
    period_end: fields.period.end,
    number: `${customer.invoice_prefix ?? "STANDIN"}-${String(fields.sequence).padStart(4, "0")}`,
    lines: { object: "list", data: [line], has_more: false, url: `/v1/invoices/${id}/lines` },
    parent: {
      type: "subscription_details",
      quote_details: null,
      subscription_details: { metadata: clone(subscription.metadata), subscription: subscription.id },
    },
    amount_due: amount,
    amount_overpaid: 0,
    amount_paid: paid ? amount : 0,
    amount_remaining: paid ? 0 : amount,
    attempt_count: amount > 0 ? 1 : 0,
    attempted: amount > 0 || paid,
    auto_advance: !paid,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null, provider: null, status: null },
    customer_address: null,
    customer_shipping: null,
    due_date: null,
    effective_at: now,
    ending_balance: 0,
    from_invoice: null,
    hosted_invoice_url: null,
    invoice_pdf: null,
    issuer: { type: "self" },
    last_finalization_error: null,
    latest_revision: null,
    metadata: {},
    next_payment_attempt: paid ? null : addDays(now, 3),
    payment_settings: { default_mandate: null, payment_method_options: null, payment_method_types: null },
    rendering: null,
    shipping_cost: null,
    shipping_details: null,
    status: paid ? "paid" : "open",
    status_transitions: { finalized_at: now, marked_uncollectible_at: null, paid_at: paid ? now : null, voided_at: null },
    subtotal: amount,
    subtotal_excluding_tax: amount,
    total: amount,
    total_discount_amounts: [],
    total_excluding_tax: amount,
    total_pretax_credit_amounts: [],
    total_taxes: [],
    webhooks_delivered_at: now,
  };
}

export function buildCharge(
  { fixtures, now }: BuildContext,
  fields: { customer: Customer; amount: number; currency: string; description: string },
): Charge {
  const fixture = clone(fixtures.charge);
  const id = newId("ch_");
  const card = fixture.payment_method_details?.card;
  return {
    ...fixture,
    id,
    created: now,
    amount: fields.amount,
    amount_captured: fields.amount,
    amount_refunded: 0,
    currency: fields.currency,
    customer: fields.customer.id,
    description: fields.description,
    billing_details: { ...fixture.billing_details, email: fields.customer.email, name: fields.customer.name ?? null },
    balance_transaction: newId("txn_"),
    captured: true,
    outcome: {
      advice_code: null,
      network_advice_code: null,
      network_decline_code: null,
      network_status: "approved_by_network",
      reason: null,
      risk_level: "normal",
      seller_message: "Payment complete.",
      type: "authorized",
    },
    paid: true,
    payment_intent: null,
    payment_method: newId("pm_"),
    payment_method_details: card ? { type: "card", card: { ...card, electronic_commerce_indicator: null } } : null,
    receipt_email: fields.customer.email,
    receipt_url: null,
    refunded: false,
    refunds: { object: "list", data: [], has_more: false, url: `/v1/charges/${id}/refunds` },
    shipping: null,
    source: null,
    status: "succeeded",
    transfer_data: null,
  };
}

export function buildRefund({ fixtures, now }: BuildContext, charge: Charge, amount: number = charge.amount): Refund {
  return {
    ...clone(fixtures.refund),
    id: newId("re_"),
    created: now,
    amount,
    charge: charge.id,
    currency: charge.currency,
    balance_transaction: newId("txn_"),
    reason: "requested_by_customer",
    status: "succeeded",
  };
}

export function buildDispute({ fixtures, now }: BuildContext, charge: Charge): Dispute {
  const fixture = clone(fixtures.dispute);
  return {
    ...fixture,
    id: newId("dp_"),
    created: now,
    amount: charge.amount,
    charge: charge.id,
    currency: charge.currency,
    enhanced_eligibility_types: [],
    evidence_details: { ...fixture.evidence_details, due_by: addDays(now, 7), submission_method: "not_submitted" },
    intended_submission_method: null,
    is_charge_refundable: false,
    reason: "fraudulent",
    status: "needs_response",
  };
}

/**
 * How an invoice was paid (GET /v1/invoice_payments?invoice=…): the stand-in pays by a
 * charge without a payment intent, so the payment names the charge (Stripe's shape for that case).
 */
export function buildInvoicePayment(invoice: Invoice, chargeId: string): InvoicePayment {
  const paidAt = invoice.status_transitions.paid_at ?? invoice.created;
  return {
    id: `inpay_${invoice.id.slice(3)}`,
    object: "invoice_payment",
    amount_paid: invoice.amount_paid,
    amount_requested: invoice.amount_due,
    created: paidAt,
    currency: invoice.currency,
    invoice: invoice.id,
    is_default: true,
    livemode: false,
    payment: { type: "charge", charge: chargeId },
    status: "paid",
    status_transitions: { canceled_at: null, paid_at: paidAt },
  };
}
