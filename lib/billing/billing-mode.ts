import { env } from "@/lib/env";
import { isStripeConfigured } from "./stripe-client";

/**
 * How this server takes payments: "stripe" with keys; "test" (the local test checkout)
 * without keys in development, or in production only when LEDE_TEST_CHECKOUT=1 says so
 * (otherwise any free account could give itself any plan); "off" otherwise, when plans
 * show as unavailable and checkout answers 409.
 */
export function billingMode(): "stripe" | "test" | "off" {
  if (isStripeConfigured()) return "stripe";
  if (env().NODE_ENV !== "production" || env().LEDE_TEST_CHECKOUT) return "test";
  return "off";
}
