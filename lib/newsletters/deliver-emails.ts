import { and, eq, inArray, lt, lte, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { emailDeliveries, emailSuppressions, users } from "@/db/schema";
import type { Viewer } from "@/lib/access/types";
import { loadGatedHtml } from "@/lib/articles/load-gated-html";
import { emailLocale } from "@/lib/email/email-locale";
import { entitlementColumns, grantsOf, type EntitlementRow } from "@/lib/members/member-grants";
import { composeEmail } from "./compose-email";
import { classifySendFailure, type EmailTransport } from "./email-transport";
import { loadIssueContent, type IssueContent } from "./load-issue-content";

export interface DeliverOptions {
  transport: EmailTransport;
  /** At most this many messages in this call (the rate limit's share). */
  limit: number;
  /** Rows claimed per transaction. */
  batchSize?: number;
  /** A claim older than this is taken as a crashed sender's: `unconfirmed`, never resent. */
  leaseMs?: number;
  origin: string;
  secret: string;
  siteName: string;
  now?: () => Date;
}

export interface DeliveryCounts {
  sent: number;
  bounced: number;
  retried: number;
  failed: number;
  unconfirmed: number;
}

const MAX_ATTEMPTS = 5;

/**
 * Sends pending deliveries, at most once each: claims a batch (status `sending`, committed),
 * sends each copy, then marks it `sent`. A sender that dies between claim and mark leaves
 * its rows `sending`; once their lease has passed they become `unconfirmed` (the message
 * may or may not have left) and are not sent again. A permanent SMTP rejection marks the
 * delivery bounced and suppresses the address; a transient one puts it back for later.
 */
export async function deliverPendingEmails(db: Database, o: DeliverOptions): Promise<DeliveryCounts> {
  const now = o.now ?? (() => new Date());
  const counts: DeliveryCounts = { sent: 0, bounced: 0, retried: 0, failed: 0, unconfirmed: 0 };
  const leaseMs = o.leaseMs ?? 10 * 60_000;
  const stale = await db
    .update(emailDeliveries)
    .set({ status: "unconfirmed", error: "The sender stopped between claiming and confirming this message; it is not sent again." })
    .where(and(eq(emailDeliveries.status, "sending"), lt(emailDeliveries.claimedAt, new Date(now().getTime() - leaseMs))))
    .returning({ id: emailDeliveries.id });
  counts.unconfirmed = stale.length;
  const issues = new Map<number, IssueContent | null>();
  const gated = new Map<number, Promise<string>>();
  let left = o.limit;
  const locale = await emailLocale(db);
  while (left > 0) {
    const claimed = await claimBatch(db, Math.min(left, o.batchSize ?? 20), now());
    if (claimed.length === 0) break;
    left -= claimed.length;
    const viewers = await loadViewers(db, claimed.map((c) => c.userId));
    const suppressed = new Set((await db.select({ email: emailSuppressions.email }).from(emailSuppressions).where(inArray(emailSuppressions.email, claimed.map((c) => c.email)))).map((r) => r.email));
    for (const row of claimed) {
      if (!issues.has(row.issueId)) issues.set(row.issueId, await loadIssueContent(db, row.issueId, now()));
      const issue = issues.get(row.issueId);
      const viewer = viewers.get(row.userId);
      if (!issue || !viewer || suppressed.has(row.email)) {
        await mark(db, row.id, { status: "failed", error: suppressed.has(row.email) ? "The address bounced or complained before." : "The issue or the member is gone." });
        counts.failed++;
        continue;
      }
      const message = await composeEmail({
        issue,
        recipient: { userId: row.userId, email: row.email, viewer },
        loadGatedHtml: (id) => gated.get(id) ?? gated.set(id, loadGatedHtml(db, id)).get(id)!,
        siteName: o.siteName,
        origin: o.origin,
        secret: o.secret,
        now: now(),
        locale,
      });
      try {
        await o.transport.send(message);
      } catch (error) {
        await recordFailure(db, row, error, now(), counts);
        continue;
      }
      await mark(db, row.id, { status: "sent", sentAt: now(), error: null });
      counts.sent++;
    }
  }
  return counts;
}

interface ClaimedRow {
  id: number;
  issueId: number;
  userId: string;
  email: string;
  attempts: number;
}

/** Claims up to `size` due rows in one committed statement; concurrent senders skip each other's rows. */
async function claimBatch(db: Database, size: number, now: Date): Promise<ClaimedRow[]> {
  const due = db
    .select({ id: emailDeliveries.id })
    .from(emailDeliveries)
    .where(and(eq(emailDeliveries.status, "pending"), lte(emailDeliveries.notBefore, now)))
    .orderBy(emailDeliveries.id)
    .limit(size)
    .for("update", { skipLocked: true });
  return db
    .update(emailDeliveries)
    .set({ status: "sending", claimedAt: now, attempts: sql`${emailDeliveries.attempts} + 1` })
    .where(inArray(emailDeliveries.id, due))
    .returning({ id: emailDeliveries.id, issueId: emailDeliveries.issueId, userId: emailDeliveries.userId, email: emailDeliveries.email, attempts: emailDeliveries.attempts });
}

async function loadViewers(db: Database, ids: string[]): Promise<Map<string, Viewer>> {
  const rows = (await db
    .select({ id: users.id, role: users.role, ...entitlementColumns() })
    .from(users)
    .where(inArray(users.id, ids))) as (EntitlementRow & { id: string; role: "reader" | "author" | "editor" | "admin" })[];
  return new Map(rows.map((r) => [r.id, { kind: "member", id: r.id, role: r.role, grants: grantsOf(r) } satisfies Viewer]));
}

async function mark(db: Database, id: number, values: Partial<typeof emailDeliveries.$inferInsert>): Promise<void> {
  await db.update(emailDeliveries).set(values).where(eq(emailDeliveries.id, id));
}

async function recordFailure(db: Database, row: ClaimedRow, error: unknown, now: Date, counts: DeliveryCounts): Promise<void> {
  const detail = (error instanceof Error ? error.message : String(error)).slice(0, 500);
  const kind = classifySendFailure(error);
  if (kind === "permanent") {
    await mark(db, row.id, { status: "bounced", error: detail });
    await db.insert(emailSuppressions).values({ email: row.email, kind: "bounce", detail }).onConflictDoNothing();
    counts.bounced++;
  } else if (kind === "transient" && row.attempts < MAX_ATTEMPTS) {
    await mark(db, row.id, { status: "pending", notBefore: new Date(now.getTime() + 2 ** row.attempts * 60_000), error: detail });
    counts.retried++;
  } else {
    await mark(db, row.id, { status: kind === "unknown" ? "unconfirmed" : "failed", error: detail });
    if (kind === "unknown") counts.unconfirmed++;
    else counts.failed++;
  }
}
