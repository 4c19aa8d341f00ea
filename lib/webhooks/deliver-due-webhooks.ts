import { and, asc, eq, inArray, isNull, lte, or } from "drizzle-orm";
import { inTransaction, type Database } from "@/db/client";
import { webhookAttempts, webhookDeliveries, webhookEndpoints, webhookEvents } from "@/db/schema";
import { postWebhook, type PostOutcome } from "./post-webhook";
import { nextRetryDelay } from "./retry-schedule";
import { SIGNATURE_HEADER, signWebhook } from "./sign-webhook";

export interface DeliveryOptions {
  timeoutMs: number;
  allowPrivate: boolean;
  /** Rows claimed per round. */
  limit?: number;
  now?: () => Date;
}

interface Claimed {
  id: number;
  attempts: number;
  url: string;
  secret: string;
  type: string;
  data: unknown;
  eventId: number;
  eventCreatedAt: Date;
}

/**
 * Claims due deliveries of enabled endpoints for this worker: `FOR UPDATE SKIP LOCKED` lets
 * concurrent workers pass each other's rows, and the lease (locked_until) keeps them off a
 * claimed row after the claim commits. A worker that dies mid-request leaves a lease that
 * runs out, and the row is tried again (at least once, never lost).
 */
async function claimDue(db: Database, now: Date, limit: number, leaseMs: number): Promise<Claimed[]> {
  return inTransaction(db, async (t) => {
    const due = await t
      .select({ id: webhookDeliveries.id })
      .from(webhookDeliveries)
      .innerJoin(webhookEndpoints, and(eq(webhookEndpoints.id, webhookDeliveries.endpointId), eq(webhookEndpoints.enabled, true)))
      .where(and(eq(webhookDeliveries.status, "pending"), lte(webhookDeliveries.nextAttemptAt, now), or(isNull(webhookDeliveries.lockedUntil), lte(webhookDeliveries.lockedUntil, now))))
      .orderBy(asc(webhookDeliveries.nextAttemptAt), asc(webhookDeliveries.id))
      .limit(limit)
      .for("update", { of: webhookDeliveries, skipLocked: true });
    if (due.length === 0) return [];
    const ids = due.map((d) => d.id);
    await t.update(webhookDeliveries).set({ lockedUntil: new Date(now.getTime() + leaseMs) }).where(inArray(webhookDeliveries.id, ids));
    return t
      .select({
        id: webhookDeliveries.id,
        attempts: webhookDeliveries.attempts,
        url: webhookEndpoints.url,
        secret: webhookEndpoints.secret,
        type: webhookEvents.type,
        data: webhookEvents.data,
        eventId: webhookEvents.id,
        eventCreatedAt: webhookEvents.createdAt,
      })
      .from(webhookDeliveries)
      .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
      .innerJoin(webhookEvents, eq(webhookEvents.id, webhookDeliveries.eventId))
      .where(inArray(webhookDeliveries.id, ids));
  });
}

/** The body every attempt of an event sends (its `id` lets a receiver drop a repeat). */
export function webhookBody(event: { eventId: number; type: string; data: unknown; eventCreatedAt: Date }): string {
  return JSON.stringify({ id: `evt_${event.eventId}`, type: event.type, created: event.eventCreatedAt.toISOString(), data: event.data });
}

async function attempt(row: Claimed, options: DeliveryOptions, now: Date): Promise<PostOutcome> {
  const body = webhookBody(row);
  return postWebhook({
    url: row.url,
    body,
    timeoutMs: options.timeoutMs,
    allowPrivate: options.allowPrivate,
    headers: {
      "content-type": "application/json",
      "user-agent": "Lede-Webhooks/1",
      "lede-event": row.type,
      "lede-delivery": String(row.id),
      [SIGNATURE_HEADER.toLowerCase()]: signWebhook({ secret: row.secret, body, timestamp: Math.floor(now.getTime() / 1000) }),
    },
  });
}

/** Logs the attempt and moves the delivery on: done on a 2xx, else the next retry or failed. */
async function recordOutcome(db: Database, row: Claimed, outcome: PostOutcome, now: Date): Promise<boolean> {
  const ok = outcome.statusCode !== null && outcome.statusCode >= 200 && outcome.statusCode < 300;
  const attempts = row.attempts + 1;
  const delay = ok ? null : nextRetryDelay(attempts);
  await inTransaction(db, async (t) => {
    await t.insert(webhookAttempts).values({ deliveryId: row.id, statusCode: outcome.statusCode, durationMs: outcome.durationMs, responseExcerpt: outcome.excerpt, error: outcome.error });
    await t
      .update(webhookDeliveries)
      .set({
        attempts,
        lockedUntil: null,
        lastStatusCode: outcome.statusCode,
        lastError: ok ? null : (outcome.error ?? `HTTP ${outcome.statusCode}`),
        ...(ok ? { status: "succeeded" as const, completedAt: now } : delay === null ? { status: "failed" as const, completedAt: now } : { nextAttemptAt: new Date(now.getTime() + delay) }),
      })
      .where(eq(webhookDeliveries.id, row.id));
  });
  return ok;
}

/**
 * One round of the delivery worker: claims up to `limit` due deliveries, posts them in
 * parallel (each bounded by `timeoutMs`), logs every attempt. Returns how many it claimed
 * (a full round means more may be due).
 */
export async function deliverDueWebhooks(db: Database, options: DeliveryOptions): Promise<{ claimed: number; succeeded: number }> {
  const now = options.now ?? (() => new Date());
  const limit = options.limit ?? 10;
  const claimed = await claimDue(db, now(), limit, options.timeoutMs + 30_000);
  const results = await Promise.all(
    claimed.map(async (row) => {
      const outcome = await attempt(row, options, now());
      // One row that cannot be recorded (its endpoint was just removed) does not lose the others' outcomes.
      return recordOutcome(db, row, outcome, now()).catch((e: unknown) => {
        console.error(`[lede] webhook delivery ${row.id}: the outcome could not be recorded:`, e);
        return false;
      });
    }),
  );
  return { claimed: claimed.length, succeeded: results.filter(Boolean).length };
}
