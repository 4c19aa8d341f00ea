import type { Database } from "@/db/client";
import { env } from "@/lib/env";
import { siteConfig } from "@/lib/site-config";
import { deliverPendingEmails, type DeliveryCounts } from "./deliver-emails";
import { devOutboxTransport, smtpTransport, type EmailTransport } from "./email-transport";

/** How often the sender looks at the outbox. */
export const SEND_EVERY_MS = 5_000;

/**
 * One round of the background sender: at most LEDE_NEWSLETTER_RATE per minute's share of
 * a round, through SMTP_URL, or into the development outbox without it. Rounds never
 * overlap (the server's timer waits for the previous one).
 */
export function newsletterSender(getDb: () => Promise<Database>): { round: () => Promise<DeliveryCounts | null>; stop: () => void } {
  let transport: EmailTransport | null = null;
  return {
    async round() {
      const config = env();
      const secret = config.AUTH_SECRET;
      if (!secret) return null;
      const db = await getDb();
      transport ??= config.SMTP_URL ? await smtpTransport(config.SMTP_URL, config.EMAIL_FROM ?? `${siteConfig.name} <no-reply@localhost>`) : devOutboxTransport(db);
      const limit = Math.max(1, Math.floor((config.LEDE_NEWSLETTER_RATE * SEND_EVERY_MS) / 60_000));
      return deliverPendingEmails(db, { transport, limit, origin: config.publicOrigin, secret, siteName: siteConfig.name });
    },
    stop: () => transport?.close(),
  };
}
