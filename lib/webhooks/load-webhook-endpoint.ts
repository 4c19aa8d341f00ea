import { desc, eq, inArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { webhookAttempts, webhookDeliveries, webhookEndpoints, webhookEvents, type WebhookEndpoint } from "@/db/schema";

export interface DeliveryLogAttempt {
  id: number;
  statusCode: number | null;
  durationMs: number;
  responseExcerpt: string;
  error: string | null;
  createdAt: Date;
}

export interface DeliveryLogEntry {
  id: number;
  eventId: number;
  eventType: string;
  status: "pending" | "succeeded" | "failed";
  attempts: number;
  nextAttemptAt: Date;
  redeliveryOf: number | null;
  createdAt: Date;
  log: DeliveryLogAttempt[];
}

const LOG_SIZE = 50;

/** An endpoint (secret included: admins only) and its latest deliveries, each with its attempts, newest first. */
export async function loadWebhookEndpoint(db: Database, id: number): Promise<{ endpoint: WebhookEndpoint; deliveries: DeliveryLogEntry[] } | null> {
  const [endpoint] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id)).limit(1);
  if (!endpoint) return null;
  const rows = await db
    .select({
      id: webhookDeliveries.id,
      eventId: webhookDeliveries.eventId,
      eventType: webhookEvents.type,
      status: webhookDeliveries.status,
      attempts: webhookDeliveries.attempts,
      nextAttemptAt: webhookDeliveries.nextAttemptAt,
      redeliveryOf: webhookDeliveries.redeliveryOf,
      createdAt: webhookDeliveries.createdAt,
    })
    .from(webhookDeliveries)
    .innerJoin(webhookEvents, eq(webhookEvents.id, webhookDeliveries.eventId))
    .where(eq(webhookDeliveries.endpointId, id))
    .orderBy(desc(webhookDeliveries.id))
    .limit(LOG_SIZE);
  const attempts = rows.length
    ? await db
        .select()
        .from(webhookAttempts)
        .where(inArray(webhookAttempts.deliveryId, rows.map((r) => r.id)))
        .orderBy(desc(webhookAttempts.id))
    : [];
  const deliveries = rows.map((r) => ({ ...r, log: attempts.filter((a) => a.deliveryId === r.id) }));
  return { endpoint, deliveries };
}
