/**
 * The stand-in's memory: every object it created, its clock, the events it produced,
 * the API operations the HTTP routes call, and the test controls that move a
 * subscription through its life the way Stripe would.
 */
import { prorateSwitch } from "../../lib/billing/switch/prorate-switch";
import { AUTOMATIC, buildEvent, type EventCause, type EventObject, type StripeEventLike } from "./events";
import {
  addDays,
  addInterval,
  buildCharge,
  buildCheckoutSession,
  buildCustomer,
  buildDispute,
  buildInvoice,
  buildInvoicePayment,
  buildPortalSession,
  buildPrice,
  buildProduct,
  buildRefund,
  buildSubscription,
  idOf,
  newId,
  onlyItem,
  planFromPrice,
  type BuildContext,
  type Charge,
  type CheckoutSession,
  type Customer,
  type Dispute,
  type Fixtures,
  type Invoice,
  type InvoicePayment,
  type Refund,
  type PortalSession,
  type Price,
  type Product,
  type Subscription,
} from "./objects";
import {
  metadataParam,
  noSuch,
  optionalArray,
  optionalBoolean,
  optionalInteger,
  optionalObject,
  optionalString,
  requiredString,
  StripeApiError,
  type FormObject,
} from "./params";

export interface ListObject<T> {
  object: "list";
  data: T[];
  has_more: boolean;
  url: string;
}

/** What a checkout session will turn into when completed (Stripe keeps this on the session; the stand-in beside it). */
interface PendingCheckout {
  price: string;
  quantity: number;
  trialDays: number | null;
  subscriptionMetadata: Record<string, string>;
}

const INTERVALS = ["day", "week", "month", "year"];

/** Newest first, `limit` (1–100, default 10) after `starting_after`, as Stripe's list endpoints answer. */
function listOf<T extends { id: string }>(newestFirst: T[], url: string, query: FormObject): ListObject<T> {
  const limit = Math.min(Math.max(optionalInteger(query, "limit") ?? 10, 1), 100);
  const after = optionalString(query, "starting_after");
  const start = after === undefined ? 0 : newestFirst.findIndex((item) => item.id === after) + 1;
  const data = newestFirst.slice(start, start + limit);
  return { object: "list", data, has_more: newestFirst.length > start + limit, url };
}

const formatAmount = (amount: number, currency: string): string => `${(amount / 100).toFixed(2)} ${currency.toUpperCase()}`;

export class StandInState {
  readonly customers = new Map<string, Customer>();
  readonly products = new Map<string, Product>();
  readonly prices = new Map<string, Price>();
  readonly checkoutSessions = new Map<string, CheckoutSession>();
  readonly portalSessions = new Map<string, PortalSession>();
  readonly subscriptions = new Map<string, Subscription>();
  readonly invoices = new Map<string, Invoice>();
  readonly charges = new Map<string, Charge>();
  readonly disputes = new Map<string, Dispute>();
  readonly refunds = new Map<string, Refund>();
  /** The charge that paid each paid invoice (Stripe links them through invoice payments). */
  readonly invoiceCharges = new Map<string, string>();
  /** Every event produced, oldest first: by the test controls and by API calls that change a subscription. */
  readonly events: StripeEventLike[] = [];
  private readonly pendingCheckouts = new Map<string, PendingCheckout>();
  private readonly portalConfiguration = newId("bpc_");
  private clockOffset = 0;

  constructor(
    private readonly fixtures: Fixtures,
    private readonly baseUrl: string,
  ) {}

  /** The stand-in's "now" in Unix seconds: the real clock plus whatever `advanceClock` added. */
  now(): number {
    return Math.floor(Date.now() / 1000) + this.clockOffset;
  }

  advanceClock(seconds: number): number {
    if (!Number.isFinite(seconds) || seconds < 0) throw new Error(`advanceClock: expected seconds >= 0, got ${seconds}`);
    this.clockOffset += Math.round(seconds);
    return this.now();
  }

  private context(): BuildContext {
    return { fixtures: this.fixtures, now: this.now(), baseUrl: this.baseUrl };
  }

  private emit(type: StripeEventLike["type"], object: EventObject, options?: { previous?: EventObject; cause?: EventCause }): StripeEventLike {
    const event = buildEvent(this.fixtures, this.now(), type, object, options);
    this.events.push(event);
    return event;
  }

  private find<T>(map: Map<string, T>, kind: string, id: string, param?: string): T {
    const found = map.get(id);
    if (!found) throw param ? noSuch(kind, id, param, 400) : noSuch(kind, id);
    return found;
  }

  // ---- API operations (HTTP routes) ----

  createCustomer(form: FormObject): Customer {
    const customer = buildCustomer(this.context(), {
      email: optionalString(form, "email") ?? null,
      name: optionalString(form, "name") ?? null,
      description: optionalString(form, "description") ?? null,
      phone: optionalString(form, "phone") ?? null,
      metadata: metadataParam(form) ?? {},
    });
    this.customers.set(customer.id, customer);
    return customer;
  }

  retrieveCustomer(id: string): Customer {
    return this.find(this.customers, "customer", id);
  }

  /** POST /v1/customers/:id: the fields Lede changes (email, name, metadata merged). */
  updateCustomer(id: string, form: FormObject): Customer {
    const customer = this.find(this.customers, "customer", id);
    const email = optionalString(form, "email");
    const name = optionalString(form, "name");
    if (email !== undefined) customer.email = email === "" ? null : email;
    if (name !== undefined) customer.name = name === "" ? null : name;
    const metadata = metadataParam(form);
    if (metadata) customer.metadata = { ...customer.metadata, ...metadata };
    return customer;
  }

  /** DELETE /v1/customers/:id: as Stripe, also ends the customer's subscriptions at once. */
  deleteCustomer(id: string, cause: EventCause): { id: string; object: "customer"; deleted: true } {
    this.find(this.customers, "customer", id);
    for (const sub of this.subscriptions.values()) {
      if (idOf(sub.customer) === id && sub.status !== "canceled") this.endSubscription(sub, this.now(), this.now(), cause);
    }
    this.customers.delete(id);
    return { id, object: "customer", deleted: true };
  }

  retrieveCharge(id: string): Charge {
    return this.find(this.charges, "charge", id);
  }

  createProduct(form: FormObject): Product {
    const product = buildProduct(this.context(), {
      name: requiredString(form, "name"),
      description: optionalString(form, "description") ?? null,
      metadata: metadataParam(form) ?? {},
    });
    this.products.set(product.id, product);
    return product;
  }

  /** `active` and `name` (archiving a product is `active=false`). */
  updateProduct(id: string, form: FormObject): Product {
    const product = this.find(this.products, "product", id);
    const active = optionalBoolean(form, "active");
    if (active !== undefined) product.active = active;
    const name = optionalString(form, "name");
    if (name !== undefined) product.name = name;
    product.updated = this.now();
    return product;
  }

  createPrice(form: FormObject): Price {
    const product = this.find(this.products, "product", requiredString(form, "product"), "product");
    const unitAmount = optionalInteger(form, "unit_amount");
    if (unitAmount === undefined) throw new StripeApiError(400, "Missing required param: unit_amount.", "unit_amount", "parameter_missing");
    if (unitAmount < 0 || unitAmount > 99_999_999) throw new StripeApiError(400, "Invalid integer: unit_amount must be between 0 and 99999999.", "unit_amount", "parameter_invalid_integer");
    const currency = requiredString(form, "currency").toLowerCase();
    if (!/^[a-z]{3}$/.test(currency)) throw new StripeApiError(400, `Invalid currency: ${currency}. Stripe currently supports these currencies: eur, usd, jpy, …`, "currency");
    const recurringForm = optionalObject(form, "recurring");
    let recurring: { interval: string; interval_count: number } | null = null;
    if (recurringForm) {
      const interval = requiredString(recurringForm, "interval", "recurring[interval]");
      if (!INTERVALS.includes(interval)) throw new StripeApiError(400, `Invalid recurring[interval]: ${interval}`, "recurring[interval]");
      recurring = { interval, interval_count: optionalInteger(recurringForm, "interval_count", "recurring[interval_count]") ?? 1 };
    }
    const price = buildPrice(this.context(), {
      product: product.id,
      unit_amount: unitAmount,
      currency,
      recurring,
      nickname: optionalString(form, "nickname") ?? null,
      lookup_key: optionalString(form, "lookup_key") ?? null,
      metadata: metadataParam(form) ?? {},
    });
    this.prices.set(price.id, price);
    return price;
  }

  retrievePrice(id: string): Price {
    return this.find(this.prices, "price", id);
  }

  /** Subscription mode with one line item: what Lede uses. */
  createCheckoutSession(form: FormObject): CheckoutSession {
    const mode = requiredString(form, "mode");
    if (mode !== "subscription") throw new StripeApiError(400, `The Stripe stand-in only supports mode=subscription, not ${mode}.`, "mode");
    const customer = optionalString(form, "customer");
    if (customer !== undefined) this.find(this.customers, "customer", customer, "customer");
    const lineItems = optionalArray(form, "line_items") ?? [];
    const line = lineItems[0];
    if (line === undefined || typeof line !== "object" || Array.isArray(line)) {
      throw new StripeApiError(400, "Missing required param: line_items.", "line_items", "parameter_missing");
    }
    if (lineItems.length > 1) throw new StripeApiError(400, "The Stripe stand-in supports one line item.", "line_items[1]");
    const price = this.find(this.prices, "price", requiredString(line, "price", "line_items[0][price]"), "line_items[0][price]");
    if (!price.recurring) {
      throw new StripeApiError(400, "You must provide at least one recurring price in `subscription` mode when using prices.", "line_items[0][price]");
    }
    const quantity = optionalInteger(line, "quantity", "line_items[0][quantity]") ?? 1;
    const subscriptionData = optionalObject(form, "subscription_data") ?? {};
    const trialDays = optionalInteger(subscriptionData, "trial_period_days", "subscription_data[trial_period_days]") ?? null;
    if (trialDays !== null && trialDays < 1) {
      throw new StripeApiError(400, "subscription_data[trial_period_days] must be at least 1.", "subscription_data[trial_period_days]");
    }
    const firstAmount = trialDays ? 0 : (price.unit_amount ?? 0) * quantity;
    const session = buildCheckoutSession(this.context(), {
      mode: "subscription",
      customer: customer ?? null,
      customer_email: optionalString(form, "customer_email") ?? null,
      success_url: optionalString(form, "success_url") ?? null,
      cancel_url: optionalString(form, "cancel_url") ?? null,
      client_reference_id: optionalString(form, "client_reference_id") ?? null,
      allow_promotion_codes: optionalBoolean(form, "allow_promotion_codes") ?? null,
      metadata: metadataParam(form) ?? {},
      currency: price.currency,
      amount_subtotal: firstAmount,
      amount_total: firstAmount,
    });
    this.checkoutSessions.set(session.id, session);
    this.pendingCheckouts.set(session.id, {
      price: price.id,
      quantity,
      trialDays,
      subscriptionMetadata: metadataParam(subscriptionData, "metadata", "subscription_data[metadata]") ?? {},
    });
    return session;
  }

  retrieveCheckoutSession(id: string): CheckoutSession {
    return this.find(this.checkoutSessions, "checkout.session", id);
  }

  createPortalSession(form: FormObject): PortalSession {
    const customer = this.find(this.customers, "customer", requiredString(form, "customer"), "customer");
    const session = buildPortalSession(this.context(), {
      customer: customer.id,
      return_url: optionalString(form, "return_url") ?? null,
      configuration: this.portalConfiguration,
    });
    this.portalSessions.set(session.id, session);
    return session;
  }

  retrieveSubscription(id: string): Subscription {
    return this.find(this.subscriptions, "subscription", id);
  }

  /** Without `status`, Stripe leaves out canceled subscriptions; `status=all` includes them. */
  listSubscriptions(query: FormObject): ListObject<Subscription> {
    const customer = optionalString(query, "customer");
    const status = optionalString(query, "status");
    const matches = [...this.subscriptions.values()].reverse().filter((sub) => {
      if (customer !== undefined && sub.customer !== customer) return false;
      if (status === "all") return true;
      if (status === "ended") return sub.status === "canceled" || sub.status === "incomplete_expired";
      return status === undefined ? sub.status !== "canceled" : sub.status === status;
    });
    return listOf(matches, "/v1/subscriptions", query);
  }

  /**
   * `cancel_at_period_end`, `metadata` (an empty value removes a key), and a price change of
   * the one item (`items[0][id]` and `items[0][price]`) prorated at `proration_date` (default
   * now): with `proration_behavior=always_invoice` the prorated amount is invoiced and paid at
   * once (customer.subscription.updated, then invoice.paid); another interval restarts the
   * period. Other parameters are recorded but ignored.
   */
  updateSubscription(id: string, form: FormObject, cause: EventCause): Subscription {
    const sub = this.find(this.subscriptions, "subscription", id);
    const before = structuredClone(sub);
    const cancelAtPeriodEnd = optionalBoolean(form, "cancel_at_period_end");
    if (cancelAtPeriodEnd !== undefined) {
      if (sub.status === "canceled") {
        throw new StripeApiError(400, "A canceled subscription can only update its cancellation_details and metadata.", "cancel_at_period_end");
      }
      this.setCancelAtPeriodEnd(sub, cancelAtPeriodEnd);
    }
    const metadata = metadataParam(form);
    if (metadata !== undefined) {
      const merged = Object.keys(metadata).length === 0 ? {} : { ...sub.metadata, ...metadata };
      sub.metadata = Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== ""));
    }
    const change = this.priceChange(sub, form);
    let invoiceAmount: number | null = null;
    if (change) {
      const item = onlyItem(sub);
      invoiceAmount = change.amountDue;
      if (item.price.recurring?.interval !== change.price.recurring?.interval) {
        item.current_period_start = change.at;
        item.current_period_end = addInterval(change.at, change.price.recurring!.interval, change.price.recurring!.interval_count);
      }
      item.price = structuredClone(change.price);
      item.plan = planFromPrice(change.price);
    }
    if (JSON.stringify(before) !== JSON.stringify(sub)) this.emit("customer.subscription.updated", sub, { previous: before, cause });
    if (invoiceAmount !== null && optionalString(form, "proration_behavior") === "always_invoice") {
      const item = onlyItem(sub);
      const invoice = this.addInvoice(sub, { amount: invoiceAmount, billingReason: "subscription_update", period: { start: item.current_period_start, end: item.current_period_end }, paid: true });
      this.emit("invoice.paid", invoice, { cause });
    }
    return sub;
  }

  /**
   * POST /v1/invoices/create_preview for a subscription's price change: what Stripe would
   * invoice now (`amount_due`), computed as updateSubscription would at `proration_date`. Not stored.
   */
  createInvoicePreview(form: FormObject): Invoice {
    const sub = this.find(this.subscriptions, "subscription", requiredString(form, "subscription"), "subscription");
    const details = optionalObject(form, "subscription_details") ?? {};
    const change = this.priceChange(sub, details, "subscription_details[items]");
    const customer = this.find(this.customers, "customer", idOf(sub.customer));
    const item = onlyItem(sub);
    const preview = buildInvoice(this.context(), {
      customer,
      sequence: customer.next_invoice_sequence ?? 1,
      subscription: sub,
      amount: change ? change.amountDue : this.amountOf(sub),
      billingReason: "subscription_update",
      period: { start: item.current_period_start, end: item.current_period_end },
      linePeriod: { start: item.current_period_start, end: item.current_period_end },
      paid: false,
      lineDescription: change ? `Remaining time on ${change.price.id}` : "Upcoming invoice",
    });
    return { ...preview, id: `upcoming_${preview.id}`, status: "draft" } as Invoice;
  }

  /** A requested change of the one item's price (`items[0]`), with the prorated amount due for it. */
  private priceChange(sub: Subscription, form: FormObject, param = "items"): { price: Price; amountDue: number; at: number } | null {
    const items = optionalArray(form, "items", param);
    const first = items?.[0];
    if (first === undefined) return null;
    if (typeof first !== "object" || Array.isArray(first)) throw new StripeApiError(400, `Invalid ${param}[0].`, `${param}[0]`);
    const item = onlyItem(sub);
    const itemId = optionalString(first, "id", `${param}[0][id]`);
    if (itemId !== undefined && itemId !== item.id) throw new StripeApiError(400, `No such subscription item: '${itemId}'`, `${param}[0][id]`);
    const priceId = optionalString(first, "price", `${param}[0][price]`);
    if (priceId === undefined || priceId === item.price.id) return null;
    if (sub.status === "canceled") throw new StripeApiError(400, "A canceled subscription cannot change its price.", `${param}[0][price]`);
    const price = this.find(this.prices, "price", priceId, `${param}[0][price]`);
    if (!price.recurring || !item.price.recurring) throw new StripeApiError(400, "The price must be recurring.", `${param}[0][price]`);
    const at = optionalInteger(form, "proration_date", param === "items" ? "proration_date" : "subscription_details[proration_date]") ?? this.now();
    const amountDue = prorateSwitch({
      from: { amount: item.price.unit_amount ?? 0, interval: item.price.recurring.interval === "year" ? "year" : "month" },
      to: { amount: price.unit_amount ?? 0, interval: price.recurring.interval === "year" ? "year" : "month" },
      periodStart: item.current_period_start,
      periodEnd: item.current_period_end,
      at,
      trialing: sub.status === "trialing",
    });
    return { price, amountDue, at };
  }

  cancelSubscription(id: string, cause: EventCause): Subscription {
    const sub = this.find(this.subscriptions, "subscription", id);
    if (sub.status === "canceled") throw new StripeApiError(400, `Subscription ${id} is already canceled.`, "id");
    this.endSubscription(sub, this.now(), this.now(), cause);
    return sub;
  }

  listInvoices(query: FormObject): ListObject<Invoice> {
    const customer = optionalString(query, "customer");
    const subscription = optionalString(query, "subscription");
    const status = optionalString(query, "status");
    const matches = [...this.invoices.values()].reverse().filter(
      (invoice) =>
        (customer === undefined || invoice.customer === customer) &&
        (subscription === undefined || invoice.parent?.subscription_details?.subscription === subscription) &&
        (status === undefined || invoice.status === status),
    );
    return listOf(matches, "/v1/invoices", query);
  }

  // ---- shared changes ----

  private amountOf(sub: Subscription): number {
    const item = onlyItem(sub);
    return (item.price.unit_amount ?? 0) * (item.quantity ?? 1);
  }

  private setCancelAtPeriodEnd(sub: Subscription, cancel: boolean): void {
    sub.cancel_at_period_end = cancel;
    sub.cancel_at = cancel ? onlyItem(sub).current_period_end : null;
    sub.canceled_at = cancel ? this.now() : null;
    sub.cancellation_details = { comment: null, feedback: null, feedback_option: null, reason: cancel ? "cancellation_requested" : null };
  }

  private endSubscription(sub: Subscription, endedAt: number, canceledAt: number, cause: EventCause): StripeEventLike {
    sub.status = "canceled";
    sub.ended_at = endedAt;
    sub.canceled_at = canceledAt;
    sub.cancellation_details = { comment: null, feedback: null, feedback_option: null, reason: "cancellation_requested" };
    return this.emit("customer.subscription.deleted", sub, { cause });
  }

  /** A subscription invoice for the item's current period; paid ones with an amount get a charge. */
  private addInvoice(
    sub: Subscription,
    options: { amount: number; billingReason: "subscription_create" | "subscription_cycle" | "subscription_update"; period: { start: number; end: number }; paid: boolean },
  ): Invoice {
    const customer = this.find(this.customers, "customer", idOf(sub.customer));
    const item = onlyItem(sub);
    const product = this.products.get(idOf(item.price.product));
    const productName = product?.name ?? idOf(item.price.product);
    const interval = item.price.recurring?.interval ?? "period";
    const sequence = customer.next_invoice_sequence ?? 1;
    customer.next_invoice_sequence = sequence + 1;
    const invoice = buildInvoice(this.context(), {
      customer,
      sequence,
      subscription: sub,
      amount: options.amount,
      billingReason: options.billingReason,
      period: options.period,
      linePeriod: { start: item.current_period_start, end: item.current_period_end },
      paid: options.paid,
      lineDescription:
        options.amount === 0 && sub.status === "trialing"
          ? `Trial period for ${productName}`
          : `${item.quantity ?? 1} × ${productName} (at ${formatAmount(item.price.unit_amount ?? 0, sub.currency)} / ${interval})`,
    });
    this.invoices.set(invoice.id, invoice);
    sub.latest_invoice = invoice.id;
    if (options.paid) this.chargeFor(invoice);
    return invoice;
  }

  private chargeFor(invoice: Invoice): void {
    if (invoice.amount_paid === 0 || invoice.customer === null) return;
    const customer = this.find(this.customers, "customer", idOf(invoice.customer));
    const description = invoice.billing_reason === "subscription_create" ? "Subscription creation" : "Subscription update";
    const charge = buildCharge(this.context(), { customer, amount: invoice.amount_paid, currency: invoice.currency, description });
    this.charges.set(charge.id, charge);
    this.invoiceCharges.set(invoice.id, charge.id);
  }

  private payInvoice(invoice: Invoice): void {
    const now = this.now();
    invoice.amount_paid = invoice.amount_due;
    invoice.amount_remaining = 0;
    invoice.attempt_count += 1;
    invoice.attempted = true;
    invoice.auto_advance = false;
    invoice.next_payment_attempt = null;
    invoice.status = "paid";
    invoice.status_transitions = { ...invoice.status_transitions, paid_at: now };
    this.chargeFor(invoice);
  }

  private latestCharge(customerId: string, usable: (charge: Charge) => boolean): Charge {
    this.find(this.customers, "customer", customerId);
    const charge = [...this.charges.values()].reverse().find((c) => c.customer === customerId && usable(c));
    if (!charge) throw new Error(`No suitable charge for customer ${customerId}`);
    return charge;
  }

  /** GET /v1/invoice_payments?invoice=…: how that invoice was paid (one payment, by its charge). */
  listInvoicePayments(query: FormObject): ListObject<InvoicePayment> {
    const invoiceId = requiredString(query, "invoice");
    const invoice = this.invoices.get(invoiceId);
    const chargeId = this.invoiceCharges.get(invoiceId);
    const payments = invoice && chargeId ? [buildInvoicePayment(invoice, chargeId)] : [];
    const status = optionalString(query, "status");
    return listOf(status === undefined ? payments : payments.filter((p) => p.status === status), "/v1/invoice_payments", query);
  }

  /**
   * POST /v1/refunds with `charge` (and optional `amount`, `reason`, `metadata`): refunds that
   * much of the charge (all that is left, by default), as Stripe: charge.refunded.
   */
  createRefund(form: FormObject, cause: EventCause): Refund {
    if (optionalString(form, "payment_intent") !== undefined) throw new StripeApiError(400, "The stand-in pays by charges only: refund a charge.");
    const chargeId = requiredString(form, "charge");
    const charge = this.find(this.charges, "charge", chargeId, "charge");
    const left = charge.amount - charge.amount_refunded;
    const amount = optionalInteger(form, "amount") ?? left;
    if (left <= 0) throw new StripeApiError(400, `Charge ${charge.id} has already been refunded.`);
    if (amount <= 0 || amount > left) throw new StripeApiError(400, `Refund amount (${formatAmount(amount, charge.currency)}) is greater than unrefunded amount on charge (${formatAmount(left, charge.currency)})`);
    const before = structuredClone(charge);
    const refund = { ...buildRefund(this.context(), charge, amount), metadata: metadataParam(form) ?? {}, reason: (optionalString(form, "reason") ?? null) as Refund["reason"] };
    this.refunds.set(refund.id, refund);
    charge.amount_refunded += amount;
    charge.refunded = charge.amount_refunded === charge.amount;
    charge.refunds = { object: "list", data: [refund, ...(charge.refunds?.data ?? [])], has_more: false, url: `/v1/charges/${charge.id}/refunds` };
    this.emit("charge.refunded", charge, { previous: before, cause });
    return refund;
  }

  // ---- test controls ----

  completeCheckout(sessionId: string): StripeEventLike[] {
    const session = this.find(this.checkoutSessions, "checkout.session", sessionId);
    const pending = this.pendingCheckouts.get(sessionId);
    if (session.status !== "open" || !pending) throw new Error(`Checkout session ${sessionId} is ${session.status}, not open`);
    const customer = session.customer
      ? this.find(this.customers, "customer", idOf(session.customer))
      : this.createCustomer({ email: session.customer_email ?? `${newId("", 10).toLowerCase()}@example.com` });
    const price = this.find(this.prices, "price", pending.price);
    if (!price.recurring) throw new Error(`${price.id} is not recurring`);
    const now = this.now();
    const trialEnd = pending.trialDays ? addDays(now, pending.trialDays) : null;
    const sub = buildSubscription(this.context(), {
      customer: customer.id,
      price,
      quantity: pending.quantity,
      // During a trial the first period is the trial.
      periodEnd: trialEnd ?? addInterval(now, price.recurring.interval, price.recurring.interval_count),
      trialEnd,
      metadata: pending.subscriptionMetadata,
    });
    this.subscriptions.set(sub.id, sub);
    customer.currency = price.currency;
    const invoice = this.addInvoice(sub, {
      amount: trialEnd ? 0 : this.amountOf(sub),
      billingReason: "subscription_create",
      period: { start: now, end: now },
      paid: true,
    });
    session.status = "complete";
    session.payment_status = trialEnd ? "no_payment_required" : "paid";
    session.customer = customer.id;
    session.subscription = sub.id;
    session.invoice = invoice.id;
    session.customer_details = {
      address: null,
      business_name: null,
      email: customer.email,
      individual_name: null,
      name: customer.name ?? null,
      phone: null,
      tax_exempt: "none",
      tax_ids: [],
    };
    this.pendingCheckouts.delete(sessionId);
    return [
      this.emit("checkout.session.completed", session),
      this.emit("customer.subscription.created", sub),
      this.emit("invoice.paid", invoice),
    ];
  }

  private live(id: string): Subscription {
    const sub = this.find(this.subscriptions, "subscription", id);
    if (sub.status === "canceled") throw new Error(`Subscription ${id} is canceled`);
    return sub;
  }

  /**
   * Sets the status. `past_due` also opens a failed invoice for the current period
   * (invoice.payment_failed); `active` pays an open latest invoice (invoice.paid);
   * `canceled` and `paused` are `cancelNow` and `pause`. No change, no event.
   */
  setStatus(id: string, status: Subscription["status"]): StripeEventLike[] {
    if (status === "canceled") return this.cancelNow(id);
    if (status === "paused") return this.pause(id);
    const sub = this.live(id);
    if (sub.status === status) return [];
    const before = structuredClone(sub);
    sub.status = status;
    if (status === "past_due") {
      const item = onlyItem(sub);
      const period = { start: item.current_period_start, end: item.current_period_start };
      const invoice = this.addInvoice(sub, { amount: this.amountOf(sub), billingReason: "subscription_cycle", period, paid: false });
      return [this.emit("customer.subscription.updated", sub, { previous: before }), this.emit("invoice.payment_failed", invoice)];
    }
    const latest = sub.latest_invoice === null ? undefined : this.invoices.get(idOf(sub.latest_invoice));
    if (status === "active" && latest?.status === "open") {
      this.payInvoice(latest);
      return [this.emit("invoice.paid", latest), this.emit("customer.subscription.updated", sub, { previous: before })];
    }
    return [this.emit("customer.subscription.updated", sub, { previous: before })];
  }

  /**
   * The period ends: the item's period moves on by one interval and a cycle invoice is
   * paid (customer.subscription.updated, invoice.paid), or with `paymentFails` left open
   * with the subscription past_due (customer.subscription.updated, invoice.payment_failed).
   * A subscription set to cancel at period end ends instead (customer.subscription.deleted).
   * The clock is not moved; call advanceClock first to renew "later".
   */
  renew(id: string, options: { paymentFails?: boolean } = {}): StripeEventLike[] {
    const sub = this.live(id);
    if (sub.status === "paused") throw new Error(`Subscription ${id} is paused`);
    const item = onlyItem(sub);
    if (sub.cancel_at_period_end) return [this.endSubscription(sub, item.current_period_end, sub.canceled_at ?? this.now(), AUTOMATIC)];
    const recurring = item.price.recurring;
    if (!recurring) throw new Error(`${item.price.id} is not recurring`);
    const before = structuredClone(sub);
    const ended = { start: item.current_period_start, end: item.current_period_end };
    item.current_period_start = ended.end;
    item.current_period_end = addInterval(ended.end, recurring.interval, recurring.interval_count);
    sub.status = options.paymentFails ? "past_due" : "active";
    const invoice = this.addInvoice(sub, { amount: this.amountOf(sub), billingReason: "subscription_cycle", period: ended, paid: !options.paymentFails });
    return [
      this.emit("customer.subscription.updated", sub, { previous: before }),
      this.emit(options.paymentFails ? "invoice.payment_failed" : "invoice.paid", invoice),
    ];
  }

  /** cancel_at_period_end on or off (with cancel_at and canceled_at, as Stripe sets them). */
  scheduleCancel(id: string, cancel: boolean): StripeEventLike[] {
    const sub = this.live(id);
    if (sub.cancel_at_period_end === cancel) return [];
    const before = structuredClone(sub);
    this.setCancelAtPeriodEnd(sub, cancel);
    return [this.emit("customer.subscription.updated", sub, { previous: before })];
  }

  cancelNow(id: string): StripeEventLike[] {
    const sub = this.live(id);
    return [this.endSubscription(sub, this.now(), this.now(), AUTOMATIC)];
  }

  /** Status `paused` (Stripe's pause endpoint): customer.subscription.paused and customer.subscription.updated. */
  pause(id: string): StripeEventLike[] {
    const sub = this.live(id);
    if (sub.status === "paused") return [];
    const before = structuredClone(sub);
    sub.status = "paused";
    return [this.emit("customer.subscription.paused", sub), this.emit("customer.subscription.updated", sub, { previous: before })];
  }

  /** Back to active with a new period starting now and a paid invoice: resumed, updated, invoice.paid. */
  resume(id: string): StripeEventLike[] {
    const sub = this.live(id);
    if (sub.status !== "paused") throw new Error(`Subscription ${id} is ${sub.status}, not paused`);
    const item = onlyItem(sub);
    const recurring = item.price.recurring;
    if (!recurring) throw new Error(`${item.price.id} is not recurring`);
    const before = structuredClone(sub);
    const now = this.now();
    item.current_period_start = now;
    item.current_period_end = addInterval(now, recurring.interval, recurring.interval_count);
    sub.billing_cycle_anchor = now;
    sub.status = "active";
    const invoice = this.addInvoice(sub, { amount: this.amountOf(sub), billingReason: "subscription_update", period: { start: now, end: now }, paid: true });
    return [
      this.emit("customer.subscription.resumed", sub),
      this.emit("customer.subscription.updated", sub, { previous: before }),
      this.emit("invoice.paid", invoice),
    ];
  }

  /** Refunds the customer's latest unrefunded charge in full: charge.refunded. */
  refundLatestCharge(customerId: string): StripeEventLike[] {
    const charge = this.latestCharge(customerId, (c) => !c.refunded);
    const before = structuredClone(charge);
    const refund = buildRefund(this.context(), charge);
    charge.refunded = true;
    charge.amount_refunded = charge.amount;
    charge.refunds = { object: "list", data: [refund], has_more: false, url: `/v1/charges/${charge.id}/refunds` };
    return [this.emit("charge.refunded", charge, { previous: before })];
  }

  /** Opens a dispute on the customer's latest undisputed charge: charge.dispute.created. */
  disputeLatestCharge(customerId: string): StripeEventLike[] {
    const charge = this.latestCharge(customerId, (c) => !c.disputed);
    const dispute = buildDispute(this.context(), charge);
    charge.disputed = true;
    this.disputes.set(dispute.id, dispute);
    return [this.emit("charge.dispute.created", dispute)];
  }
}
