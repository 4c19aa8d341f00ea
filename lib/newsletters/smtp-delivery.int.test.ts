import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { emailDeliveries, emailSuppressions, newsletterOptIns } from "@/db/schema";
import { createTestDatabase } from "@/db/test-database";
import { deliverPendingEmails } from "./deliver-emails";
import { smtpTransport } from "./email-transport";
import { GATED_SENTENCE, member, seedNewsletterFixture } from "./newsletter-test-fixtures";
import { sendNewsletterIssue } from "./send-newsletter-issue";

/* Real SMTP: an smtp-server on a free port receives the messages, and refuses some recipients. */
let db: Database;
let drop: () => Promise<void>;
let server: SMTPServer;
let port: number;
const received: { to: string[]; raw: string }[] = [];

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith("gone-")) return callback(Object.assign(new Error("5.1.1 No such mailbox"), { responseCode: 550 }));
      if (address.address.startsWith("busy-")) return callback(Object.assign(new Error("4.2.1 Try again later"), { responseCode: 451 }));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("utf8") });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await drop();
});

describe("sending over SMTP", () => {
  it("delivers multipart copies with one-click unsubscribe headers; a permanent rejection is a bounce, a temporary one is retried", async () => {
    const now = new Date();
    const f = await seedNewsletterFixture(db, "smtp", now);
    const gone = await member(db, "gone-smtp@readers.example", 0);
    const busy = await member(db, "busy-smtp@readers.example", 0);
    await db.insert(newsletterOptIns).values([gone, busy].map((userId) => ({ userId, newsletterId: f.newsletter.id })));
    await sendNewsletterIssue(db, { newsletterId: f.newsletter.id, request: { kind: "article", articleId: f.articleId }, actorId: f.premium, now });

    const transport = await smtpTransport(`smtp://127.0.0.1:${port}`, "The Desk <desk@news.example.org>");
    const counts = await deliverPendingEmails(db, { transport, limit: 100, origin: "https://news.example.org", secret: "smtp-secret", siteName: "The Desk" });
    transport.close();
    expect(counts).toMatchObject({ sent: 2, bounced: 1, retried: 1 });

    expect(received.map((r) => r.to[0]).sort()).toEqual(["free-smtp@readers.example", "premium-smtp@readers.example"]);
    const free = received.find((r) => r.to[0] === "free-smtp@readers.example")!.raw;
    expect(free).toMatch(/^List-Unsubscribe:\s+<https:\/\/news\.example\.org\/api\/newsletters\/unsubscribe\?/m);
    expect(free).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m);
    expect(free).toContain("Content-Type: text/plain");
    expect(free).toContain("Content-Type: text/html");
    expect(free).not.toContain("secret convoy");
    expect(received.find((r) => r.to[0] === "premium-smtp@readers.example")!.raw.replace(/=\r\n/g, "")).toContain(GATED_SENTENCE.slice(0, 30));

    const rows = await db.select().from(emailDeliveries);
    expect(rows.find((r) => r.userId === gone)).toMatchObject({ status: "bounced" });
    expect(rows.find((r) => r.userId === gone)!.error).toContain("No such mailbox");
    expect(rows.find((r) => r.userId === busy)).toMatchObject({ status: "pending", attempts: 1 });
    expect(await db.select().from(emailSuppressions).where(eq(emailSuppressions.email, "gone-smtp@readers.example"))).toHaveLength(1);

    // The bounced address gets no later issue at all.
    const second = await seedNewsletterFixture(db, "smtp2", now);
    await db.insert(newsletterOptIns).values({ userId: gone, newsletterId: second.newsletter.id });
    const { recipients } = await sendNewsletterIssue(db, { newsletterId: second.newsletter.id, request: { kind: "article", articleId: second.articleId }, actorId: f.premium, now });
    expect(recipients).toBe(2);
  });
});
