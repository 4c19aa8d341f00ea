import { and, desc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { sessionEvents, users } from "@/db/schema";

/** Whether the member has a password, and when proving their address last dropped one (null: never). */
export async function loadPasswordState(db: Database, userId: string): Promise<{ hasPassword: boolean; droppedAt: Date | null }> {
  const [[user], [dropped]] = await Promise.all([
    db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId)).limit(1),
    db
      .select({ at: sessionEvents.createdAt })
      .from(sessionEvents)
      .where(and(eq(sessionEvents.userId, userId), eq(sessionEvents.kind, "password-dropped")))
      .orderBy(desc(sessionEvents.createdAt))
      .limit(1),
  ]);
  return { hasPassword: Boolean(user?.passwordHash), droppedAt: dropped?.at ?? null };
}
