import { eq } from "drizzle-orm";
import { z } from "zod";
import { inTransaction, type Database } from "@/db/client";
import { webhookEndpoints } from "@/db/schema";
import { recordAudit } from "@/lib/admin/audit/record-audit";
import { parseInput } from "@/lib/admin/parse-input";
import { AppError } from "@/lib/errors";
import { checkEndpointUrl } from "./address-guard";
import { generateWebhookSecret } from "./sign-webhook";
import { WEBHOOK_EVENT_TYPES } from "./webhook-event-types";
import { translator } from "@/lib/i18n/translator";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

const endpointSchema = z.object({
  url: z.string().trim().min(1, "Enter the URL.").max(2000, "Use at most 2,000 characters."),
  description: z.string().trim().max(200, "Use at most 200 characters.").default(""),
  events: z.preprocess((v) => (typeof v === "string" ? [v] : (v ?? [])), z.array(z.enum(WEBHOOK_EVENT_TYPES, { error: "Choose events from the list." })).min(1, "Choose at least one event.")),
  enabled: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()).default(false),
});

/**
 * Registers an endpoint (no id: a new secret is made and returned once) or changes one's
 * URL, description, events and whether it is enabled (its secret stays). The URL must be
 * https and resolve to a public address unless LEDE_WEBHOOK_ALLOW_PRIVATE. Audited.
 */
export async function saveWebhookEndpoint(
  db: Database,
  options: { actorId: string; input: unknown; id?: number; allowPrivate: boolean; locale?: Locale },
): Promise<{ id: number; secret?: string; message: string }> {
  const form = parseInput(endpointSchema, options.input);
  const say = translator(options.locale ?? DEFAULT_LOCALE, "adminPeople");
  const url = (await checkEndpointUrl(form.url, { allowPrivate: options.allowPrivate })).toString();
  const values = { url, description: form.description, events: [...new Set(form.events)], enabled: form.enabled };
  return inTransaction(db, async (t) => {
    if (options.id === undefined) {
      const secret = generateWebhookSecret();
      const [row] = await t.insert(webhookEndpoints).values({ ...values, secret, createdBy: options.actorId }).returning({ id: webhookEndpoints.id });
      await recordAudit(t, { actorId: options.actorId, action: "webhook.create", targetType: "webhook", targetId: row!.id, before: null, after: values });
      return { id: row!.id, secret, message: say("answers.endpointAdded") };
    }
    const [before] = await t.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, options.id)).for("update");
    if (!before) throw new AppError("NOT_FOUND", "This endpoint no longer exists.");
    await t.update(webhookEndpoints).set(values).where(eq(webhookEndpoints.id, options.id));
    await recordAudit(t, { actorId: options.actorId, action: "webhook.update", targetType: "webhook", targetId: options.id, before: { url: before.url, description: before.description, events: before.events, enabled: before.enabled }, after: values });
    return { id: options.id, message: say("answers.endpointSaved") };
  });
}
