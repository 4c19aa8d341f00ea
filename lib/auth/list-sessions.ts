import { and, desc, eq, gt } from "drizzle-orm";
import type { Database } from "@/db/client";
import { sessionEvents, sessions } from "@/db/schema";
import type { Locale } from "@/lib/i18n/locales";
import { describeDevice } from "./describe-device";

export interface SessionSummary {
  id: string;
  device: string;
  createdAt: Date;
  lastSeenAt: Date;
}

/** The member's open sessions, most recently seen first; devices named in `locale` (default English). */
export async function listSessions(db: Database, options: { userId: string; now: Date; locale?: Locale }): Promise<SessionSummary[]> {
  const rows = await db
    .select({ id: sessions.id, userAgent: sessions.userAgent, createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt })
    .from(sessions)
    .where(and(eq(sessions.userId, options.userId), gt(sessions.expires, options.now)))
    .orderBy(desc(sessions.lastSeenAt));
  return rows.map((r) => ({ id: r.id, device: describeDevice(r.userAgent, options.locale), createdAt: r.createdAt, lastSeenAt: r.lastSeenAt }));
}

/** Recent things that happened to the member's sessions (newest first). */
export async function listSessionEvents(db: Database, options: { userId: string; limit: number }) {
  return db
    .select({ kind: sessionEvents.kind, detail: sessionEvents.detail, createdAt: sessionEvents.createdAt })
    .from(sessionEvents)
    .where(eq(sessionEvents.userId, options.userId))
    .orderBy(desc(sessionEvents.createdAt))
    .limit(options.limit);
}
