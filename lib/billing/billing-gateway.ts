import type { StripeSubscriptionLike } from "./reshape-subscription";

export interface CheckoutInput {
  customerId: string;
  priceId: string;
  trialDays: number;
  successUrl: string;
  cancelUrl: string;
  userId: string;
  planId: number;
}

export interface InvoiceSummary {
  id: string;
  status: string;
  amountDue: number;
  amountPaid: number;
  currency: string;
  hostedInvoiceUrl: string | null;
  created: Date;
}

/**
 * What Lede asks of the payment provider. Two implementations: Stripe (the SDK) and the
 * local test mode (no keys), so the subscription code path is the same for both.
 */
export interface BillingGateway {
  mode: "stripe" | "test";
  createCustomer(input: { email: string; name: string | null; userId: string }): Promise<string>;
  createCheckoutSession(input: CheckoutInput): Promise<{ id: string; url: string }>;
  createPortalSession(input: { customerId: string; returnUrl: string }): Promise<string | null>;
  /** The subscription's current state, or null when the provider does not know it. */
  retrieveSubscription(id: string): Promise<StripeSubscriptionLike | null>;
  listInvoices(customerId: string): Promise<InvoiceSummary[]>;
  /** Whose charge this is (refunds and disputes name a charge, not a subscription). */
  retrieveChargeCustomer(chargeId: string): Promise<string | null>;
  createPrice(input: { name: string; description: string; amount: number; currency: string; interval: "month" | "year" }): Promise<{ productId: string; priceId: string }>;
}
