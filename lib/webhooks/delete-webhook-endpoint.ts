import { eq } from "drizzle-orm";
import { inTransaction, type Database } from "@/db/client";
import { webhookEndpoints } from "@/db/schema";
import { recordAudit } from "@/lib/admin/audit/record-audit";
import { AppError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translator";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

/** Removes an endpoint with its pending deliveries and log (the events stay for other endpoints). Audited. */
export async function deleteWebhookEndpoint(db: Database, options: { actorId: string; id: number; locale?: Locale }): Promise<{ message: string }> {
  const say = translator(options.locale ?? DEFAULT_LOCALE, "adminPeople");
  return inTransaction(db, async (t) => {
    const [gone] = await t.delete(webhookEndpoints).where(eq(webhookEndpoints.id, options.id)).returning({ url: webhookEndpoints.url, events: webhookEndpoints.events });
    if (!gone) throw new AppError("NOT_FOUND", "This endpoint no longer exists.");
    await recordAudit(t, { actorId: options.actorId, action: "webhook.delete", targetType: "webhook", targetId: options.id, before: gone, after: null });
    return { message: say("answers.endpointRemoved") };
  });
}
