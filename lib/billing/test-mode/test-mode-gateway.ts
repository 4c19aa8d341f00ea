import type { Database } from "@/db/client";
import type { BillingGateway } from "../billing-gateway";
import type { StripeSubscriptionLike } from "../reshape-subscription";
import { seconds } from "./test-mode-objects";
import { deleteObject, getObject, putObject, testId } from "./test-mode-store";

/**
 * The gateway when no Stripe keys are configured: the "Stripe side" lives in the
 * test_mode_objects table, and checkout is the local page /billing/test-checkout/[id].
 */
export function testModeGateway(db: Database): BillingGateway {
  return {
    mode: "test",
    async createCustomer({ email, name, userId }) {
      const id = testId("cus");
      await putObject(db, "customer", id, { id, email, name, metadata: { userId } });
      return id;
    },
    async updateCustomerEmail(customerId, email) {
      const customer = await getObject(db, "customer", customerId);
      if (customer) await putObject(db, "customer", customerId, { ...customer, email });
    },
    async deleteCustomer(customerId) {
      await deleteObject(db, customerId);
    },
    async createCheckoutSession(input) {
      const id = testId("cs");
      await putObject(db, "checkout_session", id, { id, status: "open", customer: input.customerId, ...input });
      return { id, url: `/billing/test-checkout/${id}` };
    },
    async createPortalSession() {
      // Test mode has no portal: the account page offers its own test controls.
      return null;
    },
    async retrieveSubscription(id) {
      return (await getObject(db, "subscription", id)) as StripeSubscriptionLike | null;
    },
    async cancelSubscription(id, { atPeriodEnd }) {
      const sub = (await getObject(db, "subscription", id)) as StripeSubscriptionLike | null;
      if (!sub || sub.status === "canceled") return sub;
      const now = seconds(new Date());
      if (atPeriodEnd) Object.assign(sub, { cancel_at_period_end: true, canceled_at: now });
      else Object.assign(sub, { status: "canceled", canceled_at: now, ended_at: now });
      await putObject(db, "subscription", id, { ...sub });
      return sub;
    },
    async refundInvoice(invoiceId) {
      // Test mode "pays" with no card: the refund is recorded on its invoice object, once.
      const invoice = await getObject(db, "invoice", invoiceId);
      const paid = Number(invoice?.amount_paid ?? 0);
      if (!invoice || invoice.status !== "paid" || paid <= 0) return null;
      const done = invoice.refund as { id: string } | undefined;
      const refund = done ? { ...done } : { id: testId("re"), amount: paid, currency: String(invoice.currency) };
      if (!done) await putObject(db, "invoice", invoiceId, { ...invoice, refund });
      return { id: refund.id, chargeId: null, amount: paid, currency: String(invoice.currency) };
    },
    async retrieveChargeCustomer() {
      // Test mode takes no payments, so it has no charges to refund or dispute.
      return null;
    },
    async retrievePrice() {
      // Test mode keeps no prices of its own: a linked id is taken as given.
      return null;
    },
    async createProduct() {
      return testId("prod");
    },
    async createPrice() {
      return testId("price");
    },
    async archiveProduct() {},
  };
}
