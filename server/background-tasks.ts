import { getDb } from "@/db/client";
import { logBillingWarningsOnce } from "@/lib/billing/billing-start-up-warnings";
import { sweepEntitlementExpiries } from "@/lib/billing/sweep-entitlement-expiries";
import { deliverDueWebhooks } from "@/lib/webhooks/deliver-due-webhooks";
import { pruneWebhookLog, WEBHOOK_LOG_DAYS } from "@/lib/webhooks/prune-webhook-log";
import { webhookConfig } from "@/lib/webhooks/webhook-config";
import { newsletterSender, SEND_EVERY_MS } from "@/lib/newsletters/newsletter-sender";

/** How often ends of access that no request observed are written to the history. */
const SWEEP_EVERY_MS = 5 * 60_000;
/** How often the webhook outbox is looked at (a full round looks again at once). */
const WEBHOOKS_EVERY_MS = 3_000;
/** How often old webhook events and their delivery log are deleted. */
const PRUNE_EVERY_MS = 3600_000;
/** The first sweep after a start looks this far back (writing an expiry is idempotent). */
const FIRST_SWEEP_LOOKBACK_MS = 7 * 24 * 3600_000;

/**
 * What the server does besides answering requests: billing warnings once at start, and the
 * periodic sweep of ends of access (cancel at period end, grace, complimentary, capabilities),
 * the webhook delivery worker (every instance runs one; claims keep them apart),
 * and the newsletter sender (lib/newsletters: the e-mail outbox, rate-limited).
 * Failures are logged, never fatal: the next round tries again.
 */
export function startBackgroundTasks(): () => void {
  void getDb()
    .then((db) => logBillingWarningsOnce(db))
    .catch((e: unknown) => console.error("[lede] billing warnings could not be read:", e));
  let since = new Date(Date.now() - FIRST_SWEEP_LOOKBACK_MS);
  const sweep = async () => {
    const now = new Date();
    try {
      await sweepEntitlementExpiries(await getDb(), { since, now });
      since = now;
    } catch (e) {
      console.error("[lede] expiry sweep failed (tried again later):", e);
    }
  };
  let delivering = false;
  let prunedAt = 0;
  const deliver = async () => {
    // One round at a time per process; each request is bounded by LEDE_WEBHOOK_TIMEOUT_MS.
    if (delivering) return;
    delivering = true;
    try {
      const db = await getDb();
      const options = { ...webhookConfig(), limit: 10 };
      while ((await deliverDueWebhooks(db, options)).claimed === options.limit);
      if (Date.now() - prunedAt > PRUNE_EVERY_MS) {
        prunedAt = Date.now();
        await pruneWebhookLog(db, { before: new Date(prunedAt - WEBHOOK_LOG_DAYS * 24 * 3600_000) });
      }
    } catch (e) {
      console.error("[lede] webhook delivery failed (tried again later):", e);
    } finally {
      delivering = false;
    }
  };
  const webhooks = setInterval(() => void deliver(), WEBHOOKS_EVERY_MS);
  webhooks.unref();
  const first = setTimeout(() => void sweep(), 10_000);
  const timer = setInterval(() => void sweep(), SWEEP_EVERY_MS);
  first.unref();
  timer.unref();
  const sender = newsletterSender(getDb);
  let mail: NodeJS.Timeout;
  let stopped = false;
  const send = async () => {
    try {
      await sender.round();
    } catch (e) {
      console.error("[lede] newsletter sending failed (tried again later):", e);
    }
    if (stopped) return;
    mail = setTimeout(() => void send(), SEND_EVERY_MS);
    mail.unref();
  };
  mail = setTimeout(() => void send(), SEND_EVERY_MS);
  mail.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
    clearInterval(webhooks);
    stopped = true;
    clearTimeout(mail);
    sender.stop();
  };
}
