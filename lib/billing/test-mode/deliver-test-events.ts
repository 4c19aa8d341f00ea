import type { Database } from "@/db/client";
import { handleStripeWebhook } from "../handle-stripe-webhook";
import { signWebhookPayload } from "../stripe-client";
import { webhookSecret } from "../webhook-secret";
import { testModeGateway } from "./test-mode-gateway";
import { seconds } from "./test-mode-objects";
import { testId } from "./test-mode-store";

/**
 * Sends test-mode events through the very code a Stripe webhook takes: serialised,
 * signed with the webhook secret, verified and handled by handleStripeWebhook.
 */
export async function deliverTestEvents(db: Database, events: { type: string; object: unknown }[], now: Date): Promise<string[]> {
  const secret = webhookSecret();
  if (!secret) throw new Error("Test mode is off: Stripe keys are configured.");
  const outcomes: string[] = [];
  for (const e of events) {
    const payload = JSON.stringify({
      id: testId("evt"),
      object: "event",
      api_version: "2026-10-28.endive",
      created: seconds(now),
      livemode: false,
      pending_webhooks: 0,
      request: { id: null, idempotency_key: null },
      type: e.type,
      data: { object: e.object },
    });
    const result = await handleStripeWebhook(db, testModeGateway, { rawBody: payload, signature: signWebhookPayload(payload, secret), secret, now });
    outcomes.push(result.outcome);
  }
  return outcomes;
}
