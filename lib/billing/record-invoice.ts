import { eq, sql } from "drizzle-orm";
import type Stripe from "stripe";
import type { Database } from "@/db/client";
import { invoices, users } from "@/db/schema";

/**
 * The subscription an invoice bills: under parent.subscription_details since API
 * 2025-03-31.basil, at the top level (`invoice.subscription`) in events of an endpoint
 * still on an older API version.
 */
export function invoiceSubscriptionId(invoice: Stripe.Invoice): string | null {
  const legacy = (invoice as unknown as { subscription?: string | { id: string } | null }).subscription ?? null;
  const ref = invoice.parent?.subscription_details?.subscription ?? legacy;
  if (!ref) return null;
  return typeof ref === "string" ? ref : ref.id;
}

export function customerIdOf(ref: string | { id: string } | null): string | null {
  if (!ref) return null;
  return typeof ref === "string" ? ref : ref.id;
}

/**
 * Keeps a member's invoice history. A paid invoice is final: a payment_failed event of the
 * same invoice delivered after its invoice.paid (Stripe does not keep order) changes nothing.
 */
export async function recordInvoice(db: Database, invoice: Stripe.Invoice): Promise<void> {
  const customerId = customerIdOf(invoice.customer);
  if (!invoice.id || !customerId) return;
  const [member] = await db.select({ id: users.id }).from(users).where(eq(users.stripeCustomerId, customerId)).limit(1);
  if (!member) return;
  const values = {
    userId: member.id,
    subscriptionId: invoiceSubscriptionId(invoice),
    status: invoice.status ?? "open",
    amountDue: invoice.amount_due,
    amountPaid: invoice.amount_paid,
    currency: invoice.currency,
    hostedInvoiceUrl: invoice.hosted_invoice_url ?? null,
    periodStart: new Date(invoice.period_start * 1000),
    periodEnd: new Date(invoice.period_end * 1000),
    stripeCreatedAt: new Date(invoice.created * 1000),
  };
  await db
    .insert(invoices)
    .values({ id: invoice.id, ...values })
    .onConflictDoUpdate({
      target: invoices.id,
      set: values,
      setWhere: sql`${invoices.status} <> 'paid'`,
    });
}
