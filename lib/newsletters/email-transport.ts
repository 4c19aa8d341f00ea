import type { Database } from "@/db/client";
import { outbox } from "@/db/schema";
import type { OutgoingEmail } from "./compose-email";

/** Where composed messages go: SMTP (SMTP_URL) or, without it, the development outbox. */
export interface EmailTransport {
  send(message: OutgoingEmail): Promise<void>;
  close(): void;
}

/** What became of a message the transport refused, by the SMTP reply (RFC 5321 §4.2.1). */
export type SendFailure = "permanent" | "transient" | "unknown";

/**
 * A permanent (5xx) reply means the server will never take this recipient: a bounce. A
 * transient (4xx) reply, or a connection that never opened, means nothing was accepted, so
 * trying later sends it once. Anything else (a timeout mid-message) may have been delivered:
 * unknown, never retried.
 */
export function classifySendFailure(error: unknown): SendFailure {
  const e = error as { responseCode?: unknown; code?: unknown };
  if (typeof e.responseCode === "number") return e.responseCode >= 500 ? "permanent" : e.responseCode >= 400 ? "transient" : "unknown";
  if (e.code === "ECONNECTION" || e.code === "EDNS") return "transient";
  return "unknown";
}

/** nodemailer over SMTP; one connection pool per transport. */
export async function smtpTransport(url: string, from: string): Promise<EmailTransport> {
  const { createTransport } = await import("nodemailer");
  const transporter = createTransport(url, { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 });
  return {
    async send(m) {
      await transporter.sendMail({ from, to: m.to, subject: m.subject, text: m.text, html: m.html, headers: m.headers });
    },
    close: () => transporter.close(),
  };
}

/** The development outbox (/dev/outbox): every message stored with its HTML part and headers. */
export function devOutboxTransport(db: Database): EmailTransport {
  return {
    async send(m) {
      await db.insert(outbox).values({ to: m.to, subject: m.subject, text: m.text, html: m.html, headers: m.headers });
    },
    close: () => {},
  };
}
