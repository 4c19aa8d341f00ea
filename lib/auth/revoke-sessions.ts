import { and, eq, ne } from "drizzle-orm";
import type { Database } from "@/db/client";
import { sessions } from "@/db/schema";

/** Ends one of a member's sessions by its public id; another member's id does nothing. */
export async function revokeSession(db: Database, options: { userId: string; sessionId: string }): Promise<boolean> {
  const deleted = await db
    .delete(sessions)
    .where(and(eq(sessions.userId, options.userId), eq(sessions.id, options.sessionId)))
    .returning({ id: sessions.id });
  return deleted.length > 0;
}

/** Ends every session of a member but the one given (or all when none is given). */
export async function revokeOtherSessions(db: Database, options: { userId: string; keepSessionId?: string }): Promise<number> {
  const deleted = await db
    .delete(sessions)
    .where(and(eq(sessions.userId, options.userId), options.keepSessionId ? ne(sessions.id, options.keepSessionId) : undefined))
    .returning({ id: sessions.id });
  return deleted.length;
}

export async function deleteSessionByToken(db: Database, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.sessionToken, token));
}
