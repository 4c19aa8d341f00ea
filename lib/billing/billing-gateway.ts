import type { Locale } from "@/lib/i18n/locales";
import type { StripeSubscriptionLike } from "./reshape-subscription";

export interface CheckoutInput {
  customerId: string;
  priceId: string;
  trialDays: number;
  successUrl: string;
  cancelUrl: string;
  userId: string;
  planId: number;
  idempotencyKey: string;
  /** Where the reader came from (lib/billing/attribution): stored on the session's metadata. */
  attribution?: { articleId: number; giftLinkId: number | null };
  /** The site's language: Checkout speaks it (absent: Stripe goes by the browser). */
  locale?: Locale;
}

export interface SwitchInput {
  subscriptionId: string;
  customerId: string;
  priceId: string;
  /** The moment the proration is computed for (Unix seconds): the preview's, so the charge matches what the reader confirmed. */
  prorationDate: number;
}

export interface PriceInput {
  productId: string;
  amount: number;
  currency: string;
  interval: "month" | "year";
  idempotencyKey: string;
}

export interface RefundResult {
  id: string;
  /** The charge refunded (its charge.refunded webhook names it), when the provider says. */
  chargeId: string | null;
  amount: number;
  currency: string;
}

/**
 * What Lede asks of the payment provider. Two implementations: Stripe (the SDK) and the
 * local test mode (no keys), so the subscription code path is the same for both. Every
 * create carries an idempotency key, so a retried or doubled request creates one object.
 * Stripe's refusals of a request (invalid-request errors) come back as AppError
 * INVALID_INPUT carrying Stripe's message.
 */
export interface BillingGateway {
  mode: "stripe" | "test";
  createCustomer(input: { email: string; name: string | null; userId: string; idempotencyKey: string }): Promise<string>;
  /** Keeps the customer's address (receipts, the portal) the member's own. */
  updateCustomerEmail(customerId: string, email: string): Promise<void>;
  /** Deletes the customer (a deleted account): its personal data goes, its invoices stay with the provider. */
  deleteCustomer(customerId: string): Promise<void>;
  createCheckoutSession(input: CheckoutInput): Promise<{ id: string; url: string }>;
  /** `locale`: the site's language, which the portal speaks (absent: Stripe goes by the customer or the browser). */
  createPortalSession(input: { customerId: string; returnUrl: string; locale?: Locale }): Promise<string | null>;
  /** The subscription's current state, or null when the provider does not know it. */
  retrieveSubscription(id: string): Promise<StripeSubscriptionLike | null>;
  /** Cancels now, or sets it to cancel at the period end; returns the subscription's new state. */
  cancelSubscription(id: string, options: { atPeriodEnd: boolean; idempotencyKey: string }): Promise<StripeSubscriptionLike | null>;
  /** What moving the subscription to another price costs today, prorated (Stripe's invoice preview). */
  previewSwitch(input: SwitchInput): Promise<{ amountDue: number; currency: string }>;
  /** Moves the subscription to another price, the proration invoiced now; returns its new state. */
  switchSubscription(input: SwitchInput & { planId: number; idempotencyKey: string }): Promise<StripeSubscriptionLike>;
  /**
   * Refunds in full what paid an invoice (its payment's charge or payment intent); null when
   * the provider holds no payment for it. The idempotency key makes a repeated request one refund.
   */
  refundInvoice(invoiceId: string, options: { idempotencyKey: string }): Promise<RefundResult | null>;
  /** Whose charge this is (refunds and disputes name a charge, not a subscription). */
  retrieveChargeCustomer(chargeId: string): Promise<string | null>;
  createProduct(input: { name: string; description: string; idempotencyKey: string }): Promise<string>;
  /** A price's terms, or null when the provider has no such price (test mode knows none). */
  retrievePrice(id: string): Promise<{ productId: string; amount: number | null; currency: string; interval: string | null } | null>;
  /** A new recurring price on an existing product (Stripe prices are immutable). */
  createPrice(input: PriceInput): Promise<string>;
  /** Takes a product off sale: used when its first price could not be created, so no orphan stays. */
  archiveProduct(productId: string): Promise<void>;
}
