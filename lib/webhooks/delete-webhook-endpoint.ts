import { eq } from "drizzle-orm";
import { inTransaction, type Database } from "@/db/client";
import { webhookEndpoints } from "@/db/schema";
import { recordAudit } from "@/lib/admin/audit/record-audit";
import { AppError } from "@/lib/errors";

/** Removes an endpoint with its pending deliveries and log (the events stay for other endpoints). Audited. */
export async function deleteWebhookEndpoint(db: Database, options: { actorId: string; id: number }): Promise<{ message: string }> {
  return inTransaction(db, async (t) => {
    const [gone] = await t.delete(webhookEndpoints).where(eq(webhookEndpoints.id, options.id)).returning({ url: webhookEndpoints.url, events: webhookEndpoints.events });
    if (!gone) throw new AppError("NOT_FOUND", "This endpoint no longer exists.");
    await recordAudit(t, { actorId: options.actorId, action: "webhook.delete", targetType: "webhook", targetId: options.id, before: gone, after: null });
    return { message: "Endpoint removed." };
  });
}
