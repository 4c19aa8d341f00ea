import { eq } from "drizzle-orm";
import { inTransaction, type Database } from "@/db/client";
import { webhookEndpoints } from "@/db/schema";
import { recordAudit } from "@/lib/admin/audit/record-audit";
import { AppError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translator";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

/** An endpoint's signing secret, for an admin who asked to see it (the audit log says who did). */
export async function revealWebhookSecret(db: Database, options: { actorId: string; id: number; locale?: Locale }): Promise<{ secret: string; message: string }> {
  const say = translator(options.locale ?? DEFAULT_LOCALE, "adminPeople");
  return inTransaction(db, async (t) => {
    const [row] = await t.select({ secret: webhookEndpoints.secret }).from(webhookEndpoints).where(eq(webhookEndpoints.id, options.id)).limit(1);
    if (!row) throw new AppError("NOT_FOUND", "This endpoint no longer exists.");
    await recordAudit(t, { actorId: options.actorId, action: "webhook.reveal-secret", targetType: "webhook", targetId: options.id, before: null, after: null });
    return { secret: row.secret, message: say("answers.keepSecret") };
  });
}
