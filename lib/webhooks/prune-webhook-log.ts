import { and, eq, lt, notExists } from "drizzle-orm";
import type { Database } from "@/db/client";
import { webhookDeliveries, webhookEvents } from "@/db/schema";

/** How long events, deliveries and their attempts are kept once no delivery of them waits. */
export const WEBHOOK_LOG_DAYS = 30;

/** Deletes events older than `before` none of whose deliveries is still pending (their deliveries and attempts go with them). */
export async function pruneWebhookLog(db: Database, options: { before: Date }): Promise<number> {
  const waiting = db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.eventId, webhookEvents.id), eq(webhookDeliveries.status, "pending")));
  const gone = await db
    .delete(webhookEvents)
    .where(and(lt(webhookEvents.createdAt, options.before), notExists(waiting)))
    .returning({ id: webhookEvents.id });
  return gone.length;
}
