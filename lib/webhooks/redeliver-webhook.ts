import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { webhookDeliveries } from "@/db/schema";
import { z } from "zod";
import { parseInput } from "@/lib/admin/parse-input";
import { AppError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translator";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

const redeliverSchema = z.object({ deliveryId: z.coerce.number({ error: "Choose a delivery." }).int().positive("Choose a delivery.").max(Number.MAX_SAFE_INTEGER) });

/**
 * Sends an event to an endpoint again: a new pending delivery of the same event (same body
 * id, fresh signature), due now, with its own attempts; the old one's log stays.
 */
export async function redeliverWebhook(db: Database, options: { endpointId: number; input: unknown; locale?: Locale }): Promise<{ id: number; message: string }> {
  const say = translator(options.locale ?? DEFAULT_LOCALE, "adminPeople");
  const { deliveryId } = parseInput(redeliverSchema, options.input);
  const [original] = await db
    .select({ eventId: webhookDeliveries.eventId })
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.endpointId, options.endpointId)))
    .limit(1);
  if (!original) throw new AppError("NOT_FOUND", "This delivery no longer exists.");
  const [row] = await db
    .insert(webhookDeliveries)
    .values({ endpointId: options.endpointId, eventId: original.eventId, redeliveryOf: deliveryId })
    .returning({ id: webhookDeliveries.id });
  return { id: row!.id, message: say("answers.queued") };
}
