import type { Database } from "@/db/client";
import type { BillingGateway } from "../billing-gateway";
import type { StripeSubscriptionLike } from "../reshape-subscription";
import { getObject, listObjects, putObject, testId } from "./test-mode-store";

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
    async listInvoices(customerId) {
      return (await listObjects(db, "invoice", customerId)).map((i) => ({
        id: String(i.id),
        status: String(i.status),
        amountDue: Number(i.amount_due),
        amountPaid: Number(i.amount_paid),
        currency: String(i.currency),
        hostedInvoiceUrl: null,
        created: new Date(Number(i.created) * 1000),
      }));
    },
    async retrieveChargeCustomer() {
      // Test mode takes no payments, so it has no charges to refund or dispute.
      return null;
    },
    async createPrice() {
      return { productId: testId("prod"), priceId: testId("price") };
    },
  };
}
