import { and, desc, eq, gt, inArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { sessionEvents, sessions } from "@/db/schema";
import { describeDevice } from "./describe-device";

/**
 * Keeps a member's newest `max` sessions and revokes the rest, recording why so the
 * account page can tell the member (instead of s2Member's lock-out after 5 IPs).
 */
export async function enforceSessionLimit(db: Database, options: { userId: string; max: number; now: Date }): Promise<number> {
  const live = await db
    .select({ token: sessions.sessionToken, userAgent: sessions.userAgent, lastSeenAt: sessions.lastSeenAt })
    .from(sessions)
    .where(and(eq(sessions.userId, options.userId), gt(sessions.expires, options.now)))
    .orderBy(desc(sessions.createdAt), desc(sessions.lastSeenAt));
  const excess = live.slice(options.max);
  if (excess.length === 0) return 0;
  await db.delete(sessions).where(inArray(sessions.sessionToken, excess.map((s) => s.token)));
  await db.insert(sessionEvents).values(
    excess.map((s) => ({
      userId: options.userId,
      kind: "revoked-by-limit" as const,
      detail: `${describeDevice(s.userAgent)}, last seen ${s.lastSeenAt.toISOString()}`,
    })),
  );
  return excess.length;
}
