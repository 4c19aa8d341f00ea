import { and, arrayContains, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { webhookDeliveries, webhookEndpoints, webhookEvents } from "@/db/schema";
import type { WebhookEventType } from "./webhook-event-types";

/**
 * Records an event and one pending delivery per enabled endpoint that listens to its type.
 * Call it with the transaction that makes the change: if the change rolls back, so does
 * the event, and a committed change always has its event (the outbox). `data` holds ids
 * and public fields only (a webhook is not a way round the paywall).
 */
export async function enqueueWebhookEvent(db: Database, event: { type: WebhookEventType; data: Record<string, unknown>; deliverAfter?: Date }): Promise<number | null> {
  const endpoints = await db
    .select({ id: webhookEndpoints.id })
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.enabled, true), arrayContains(webhookEndpoints.events, [event.type])));
  // Nobody listens: nothing to keep (an endpoint registered later receives later events).
  if (endpoints.length === 0) return null;
  const [row] = await db.insert(webhookEvents).values({ type: event.type, data: event.data }).returning({ id: webhookEvents.id });
  const eventId = row!.id;
  await db.insert(webhookDeliveries).values(endpoints.map((e) => ({ endpointId: e.id, eventId, ...(event.deliverAfter ? { nextAttemptAt: event.deliverAfter } : {}) })));
  return eventId;
}
