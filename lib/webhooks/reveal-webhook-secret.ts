import { eq } from "drizzle-orm";
import { inTransaction, type Database } from "@/db/client";
import { webhookEndpoints } from "@/db/schema";
import { recordAudit } from "@/lib/admin/audit/record-audit";
import { AppError } from "@/lib/errors";

/** An endpoint's signing secret, for an admin who asked to see it (the audit log says who did). */
export async function revealWebhookSecret(db: Database, options: { actorId: string; id: number }): Promise<{ secret: string; message: string }> {
  return inTransaction(db, async (t) => {
    const [row] = await t.select({ secret: webhookEndpoints.secret }).from(webhookEndpoints).where(eq(webhookEndpoints.id, options.id)).limit(1);
    if (!row) throw new AppError("NOT_FOUND", "This endpoint no longer exists.");
    await recordAudit(t, { actorId: options.actorId, action: "webhook.reveal-secret", targetType: "webhook", targetId: options.id, before: null, after: null });
    return { secret: row.secret, message: "Keep this secret on the receiving server only." };
  });
}
