import { cookies, headers } from "next/headers";
import { getDb } from "@/db/client";
import { loadSessionMember, type SignedInMember } from "./load-viewer";
import { isWellFormedSessionToken, sessionCookieName } from "./session-cookie";
import { receiveSession, SESSION_HANDOFF_HEADER } from "./session-handoff";

/**
 * The signed-in member of this request, or null. A request without the session cookie
 * never touches the database; with it, one query loads the session and entitlements.
 */
export async function currentMember(now = new Date()): Promise<SignedInMember | null> {
  const token = (await cookies()).get(sessionCookieName())?.value;
  if (!token) return null;
  const requestHeaders = await headers();
  // The production server already looked this session up (lib/auth/session-handoff).
  const handedOn = receiveSession(requestHeaders.get(SESSION_HANDOFF_HEADER));
  if (handedOn) return handedOn;
  return loadSessionMember(await getDb(), token, { now, userAgent: requestHeaders.get("user-agent") });
}

/** The session token of this request, or null (also for a value that cannot be a token). */
export async function currentSessionToken(): Promise<string | null> {
  const token = (await cookies()).get(sessionCookieName())?.value;
  return token && isWellFormedSessionToken(token) ? token : null;
}
