import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "@/db/client";
import { sessions } from "@/db/schema";

/**
 * Stores the browser's User-Agent on a session Auth.js just opened (e-mail link or code,
 * OAuth): its adapter creates the row without it, so the account page could only say
 * "Unknown device" until the session was next marked as seen.
 */
export async function nameSessionDevice(db: Database, options: { sessionToken: string; userAgent: string | null }): Promise<void> {
  if (!options.userAgent) return;
  await db
    .update(sessions)
    .set({ userAgent: options.userAgent.slice(0, 300) })
    .where(and(eq(sessions.sessionToken, options.sessionToken), isNull(sessions.userAgent)));
}
