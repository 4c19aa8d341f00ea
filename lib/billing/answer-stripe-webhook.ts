import type { Database } from "@/db/client";
import type { BillingGateway } from "./billing-gateway";
import { handleStripeWebhook } from "./handle-stripe-webhook";
import { webhookSecret } from "./webhook-secret";

export const MAX_WEBHOOK_BODY_BYTES = 512 * 1024;

export interface WebhookRequest {
  header: (name: string) => string | null;
  /** The raw body, or null when it is longer than `limit` bytes. */
  readBody: (limit: number) => Promise<string | null>;
}

export interface WebhookAnswer {
  status: number;
  json: Record<string, unknown>;
}

/**
 * Stripe's webhook request → the answer, whichever server receives it (the app route, or
 * server/serve.ts, which answers it without entering Next). Verification, idempotency
 * and convergence live in handleStripeWebhook.
 */
export async function answerStripeWebhook(request: WebhookRequest, deps: { db: () => Promise<Database>; gateway: (db: Database) => BillingGateway }): Promise<WebhookAnswer> {
  // Stripe posts from its servers; a request a browser sent (Origin, fetch metadata) never is one.
  if (request.header("origin") !== null || request.header("sec-fetch-site") !== null) return { status: 403, json: { error: "Cross-origin request refused." } };
  const secret = webhookSecret();
  if (!secret) return { status: 503, json: { error: "Webhooks are not configured (STRIPE_WEBHOOK_SECRET)." } };
  const tooLarge = { status: 413, json: { error: "Payload too large." } };
  if (Number(request.header("content-length") ?? 0) > MAX_WEBHOOK_BODY_BYTES) return tooLarge;
  const rawBody = await request.readBody(MAX_WEBHOOK_BODY_BYTES);
  if (rawBody === null) return tooLarge;
  try {
    const result = await handleStripeWebhook(await deps.db(), deps.gateway, { rawBody, signature: request.header("stripe-signature"), secret });
    return result.status === 200 ? { status: 200, json: { received: true, outcome: result.outcome } } : { status: result.status, json: { error: result.outcome } };
  } catch (e) {
    // Neither the body nor the secret is logged; Stripe retries on 5xx.
    console.error("[lede] webhook processing failed:", e instanceof Error ? e.message : "unknown error");
    return { status: 500, json: { error: "Processing failed; Stripe will retry." } };
  }
}
