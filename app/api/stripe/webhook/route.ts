import { NextResponse } from "next/server";
import { crossOriginRefused } from "@/app/_lib/route-handler";
import { getDb } from "@/db/client";
import { currentGateway } from "@/lib/billing/current-gateway";
import { handleStripeWebhook } from "@/lib/billing/handle-stripe-webhook";
import { webhookSecret } from "@/lib/billing/webhook-secret";

const MAX_BODY_BYTES = 512 * 1024;

/** Stripe's webhook: verification, idempotency and convergence all live in lib/billing. */
export async function POST(request: Request): Promise<Response> {
  // Stripe posts from its servers; a request a browser sent (Origin, fetch metadata) never is one.
  if (request.headers.has("origin") || request.headers.has("sec-fetch-site")) return crossOriginRefused();
  const secret = webhookSecret();
  if (!secret) return NextResponse.json({ error: "Webhooks are not configured (STRIPE_WEBHOOK_SECRET)." }, { status: 503 });
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return NextResponse.json({ error: "Payload too large." }, { status: 413 });
  const rawBody = await request.text();
  if (rawBody.length > MAX_BODY_BYTES) return NextResponse.json({ error: "Payload too large." }, { status: 413 });
  try {
    const db = await getDb();
    const result = await handleStripeWebhook(db, currentGateway, { rawBody, signature: request.headers.get("stripe-signature"), secret });
    return NextResponse.json(result.status === 200 ? { received: true, outcome: result.outcome } : { error: result.outcome }, { status: result.status });
  } catch (e) {
    // Neither the body nor the secret is logged; Stripe retries on 5xx.
    console.error("[lede] webhook processing failed:", e instanceof Error ? e.message : "unknown error");
    return NextResponse.json({ error: "Processing failed; Stripe will retry." }, { status: 500 });
  }
}
