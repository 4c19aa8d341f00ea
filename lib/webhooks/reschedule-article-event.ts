import { and, eq, gt, inArray, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { webhookDeliveries, webhookEvents } from "@/db/schema";

/**
 * A scheduled piece's article.published deliveries wait for its publish time. When the
 * piece is rescheduled they move with it; when it is unpublished before going out they are
 * withdrawn (deleted), so no integrator hears of a
 * publication that did not happen. Deliveries already due are left alone.
 */
export async function rescheduleArticleEvent(db: Database, options: { articleId: number; publishAt: Date | null; now: Date }): Promise<void> {
  const events = db
    .select({ id: webhookEvents.id })
    .from(webhookEvents)
    .where(and(eq(webhookEvents.type, "article.published"), sql`${webhookEvents.data}->>'articleId' = ${String(options.articleId)}`));
  const waiting = and(inArray(webhookDeliveries.eventId, events), eq(webhookDeliveries.status, "pending"), eq(webhookDeliveries.attempts, 0), gt(webhookDeliveries.nextAttemptAt, options.now));
  if (options.publishAt) await db.update(webhookDeliveries).set({ nextAttemptAt: options.publishAt }).where(waiting);
  else await db.delete(webhookDeliveries).where(waiting);
}
