import { cookies, headers } from "next/headers";
import { getDb } from "@/db/client";
import { loadSessionMember, type SignedInMember } from "./load-viewer";
import { sessionCookieName } from "./session-cookie";
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

export async function currentSessionToken(): Promise<string | null> {
  return (await cookies()).get(sessionCookieName())?.value ?? null;
}
