import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { webhookDeliveries } from "@/db/schema";
import { AppError } from "@/lib/errors";

/**
 * Sends an event to an endpoint again: a new pending delivery of the same event (same body
 * id, fresh signature), due now, with its own attempts; the old one's log stays.
 */
export async function redeliverWebhook(db: Database, options: { endpointId: number; deliveryId: number }): Promise<{ id: number; message: string }> {
  const [original] = await db
    .select({ eventId: webhookDeliveries.eventId })
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.id, options.deliveryId), eq(webhookDeliveries.endpointId, options.endpointId)))
    .limit(1);
  if (!original) throw new AppError("NOT_FOUND", "This delivery no longer exists.");
  const [row] = await db
    .insert(webhookDeliveries)
    .values({ endpointId: options.endpointId, eventId: original.eventId, redeliveryOf: options.deliveryId })
    .returning({ id: webhookDeliveries.id });
  return { id: row!.id, message: "Queued for redelivery." };
}
