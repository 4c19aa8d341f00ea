import { NextResponse } from "next/server";
import { BodyTooLargeError, readBoundedText } from "@/app/_lib/read-bounded-body";
import { getDb } from "@/db/client";
import { answerStripeWebhook } from "@/lib/billing/answer-stripe-webhook";
import { currentGateway } from "@/lib/billing/current-gateway";

/**
 * Stripe's webhook (lib/billing/answer-stripe-webhook). The production server answers it
 * before Next (server/serve.ts); this route serves `next dev` and `next start`.
 */
export async function POST(request: Request): Promise<Response> {
  const answer = await answerStripeWebhook(
    {
      header: (name) => request.headers.get(name),
      readBody: (limit) =>
        readBoundedText(request, limit).catch((e: unknown) => {
          if (e instanceof BodyTooLargeError) return null;
          throw e;
        }),
    },
    { db: getDb, gateway: currentGateway },
  );
  return NextResponse.json(answer.json, { status: answer.status });
}
