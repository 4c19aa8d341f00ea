import type { Database } from "@/db/client";
import { outbox } from "@/db/schema";
import { env } from "@/lib/env";

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Whether messages land in the development outbox (no SMTP server configured). */
export function usesDevOutbox(): boolean {
  return !env().SMTP_URL;
}

/** The /dev/outbox page is served outside production, or when LEDE_DEV_OUTBOX=1. */
export function isDevOutboxVisible(): boolean {
  return usesDevOutbox() && (env().NODE_ENV !== "production" || env().LEDE_DEV_OUTBOX);
}

/**
 * Sends through SMTP_URL with nodemailer; without it, stores the message in the
 * development outbox and prints it to the server log.
 */
export async function sendEmail(db: Database, message: EmailMessage): Promise<void> {
  const smtp = env().SMTP_URL;
  if (smtp) {
    const { createTransport } = await import("nodemailer");
    const from = env().EMAIL_FROM ?? "The Meridian Desk <no-reply@localhost>";
    await createTransport(smtp).sendMail({ from, ...message });
    return;
  }
  await db.insert(outbox).values(message);
  console.log(`[lede] outbox → ${message.to}: ${message.subject}\n${message.text}\n`);
}
