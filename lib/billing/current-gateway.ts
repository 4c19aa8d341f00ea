import type { Database } from "@/db/client";
import type { BillingGateway } from "./billing-gateway";
import { isStripeConfigured } from "./stripe-client";
import { stripeGateway } from "./stripe-gateway";
import { testModeGateway } from "./test-mode/test-mode-gateway";

/** Stripe when keys are set, the local test mode otherwise; never both. */
export function currentGateway(db: Database): BillingGateway {
  return isStripeConfigured() ? stripeGateway() : testModeGateway(db);
}
