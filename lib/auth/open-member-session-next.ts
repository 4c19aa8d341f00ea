import { cookies } from "next/headers";
import type { Database } from "@/db/client";
import { getSettings } from "@/lib/settings/settings";
import { createSession } from "./create-session";
import { sessionCookieName, sessionCookieOptions } from "./session-cookie";

/** Opens a session for a member who just proved who they are, and sets the cookie. */
export async function openMemberSession(db: Database, options: { userId: string; userAgent: string | null }): Promise<{ revokedOthers: number }> {
  const { maxSessionsPerMember } = await getSettings(db);
  const session = await createSession(db, { userId: options.userId, userAgent: options.userAgent, maxSessions: maxSessionsPerMember, now: new Date() });
  (await cookies()).set(sessionCookieName(), session.token, sessionCookieOptions(session.expires));
  return { revokedOthers: session.revokedOthers };
}
