import { spawn } from "node:child_process";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { emailDeliveries, newsletterOptIns, outbox } from "@/db/schema";
import { createTestDatabase, LOCAL_POSTGRES_URL } from "@/db/test-database";
import { deliverPendingEmails } from "./deliver-emails";
import { devOutboxTransport } from "./email-transport";
import { member, seedNewsletterFixture } from "./newsletter-test-fixtures";
import { sendNewsletterIssue } from "./send-newsletter-issue";

/*
 * The outbox across a real crash: a child process claims a batch and is killed (SIGKILL)
 * between claim and send, or between send and mark; a new sender resumes. Nobody gets a
 * message twice, and everything not in flight at the crash is delivered. The child needs
 * a database another process can open: PostgreSQL (DATABASE_URL, else the machine's own on
 * 127.0.0.1:5432, as the shared-cache tests do), never the in-process PGlite.
 */
let db: Database;
let url: string | undefined;
let drop: () => Promise<void>;
beforeAll(async () => ({ db, drop, url } = await createTestDatabase({ server: process.env.DATABASE_URL ?? LOCAL_POSTGRES_URL })));
afterAll(async () => drop());

function runCrashingSender(crash: "before-send" | "after-send"): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (!url) throw new Error("This test kills a sending process, which needs PostgreSQL.");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "lib/newsletters/outbox-crash-child.ts"], { env: { ...process.env, DATABASE_URL: url, CRASH: crash, CRASH_AT: "2" }, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve({ code, signal }));
  });
}

async function statusCounts(issueId: number) {
  const rows = await db.select({ status: emailDeliveries.status, n: count() }).from(emailDeliveries).where(eq(emailDeliveries.issueId, issueId)).groupBy(emailDeliveries.status);
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

async function copiesPerRecipient(): Promise<number[]> {
  const rows = await db.select({ to: outbox.to, n: count() }).from(outbox).groupBy(outbox.to);
  return rows.map((r) => r.n);
}

describe.each(["before-send", "after-send"] as const)("a sender killed %s", (crash) => {
  it("resumes without sending anyone twice", async () => {
    await db.delete(outbox);
    const now = new Date();
    const f = await seedNewsletterFixture(db, `crash-${crash}`, now);
    for (let i = 0; i < 5; i++) {
      const id = await member(db, `extra-${i}-${crash}@readers.example`, 0);
      await db.insert(newsletterOptIns).values({ userId: id, newsletterId: f.newsletter.id });
    }
    const { issueId, recipients } = await sendNewsletterIssue(db, { newsletterId: f.newsletter.id, request: { kind: "article", articleId: f.articleId }, actorId: f.premium, now });
    expect(recipients).toBe(7);

    const exit = await runCrashingSender(crash);
    expect(exit.signal).toBe("SIGKILL");
    // Batch of 3: the first sent and marked, the second died in flight, the third claimed but untouched.
    expect(await statusCounts(issueId)).toEqual({ sent: 1, sending: 2, pending: 4 });
    expect((await db.select().from(outbox)).length).toBe(crash === "before-send" ? 1 : 2);

    // A new sender, after the dead one's lease: the in-flight rows become unconfirmed, the rest go out.
    const resumed = await deliverPendingEmails(db, { transport: devOutboxTransport(db), limit: 100, leaseMs: 0, origin: "https://news.example.org", secret: "s", siteName: "The Desk", now: () => new Date(Date.now() + 1000) });
    expect(resumed).toMatchObject({ sent: 4, unconfirmed: 2 });
    expect(await statusCounts(issueId)).toEqual({ sent: 5, unconfirmed: 2 });
    expect((await copiesPerRecipient()).every((n) => n === 1)).toBe(true);
    expect((await db.select().from(outbox)).length).toBe(crash === "before-send" ? 5 : 6);

    // Running again sends nothing more.
    expect(await deliverPendingEmails(db, { transport: devOutboxTransport(db), limit: 100, leaseMs: 0, origin: "https://news.example.org", secret: "s", siteName: "The Desk" })).toMatchObject({ sent: 0, unconfirmed: 0 });
  });
});
