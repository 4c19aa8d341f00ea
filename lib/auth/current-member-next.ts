import { cookies, headers } from "next/headers";
import { getDb } from "@/db/client";
import { loadViewer, touchSessionIfStale, type SignedInMember } from "./load-viewer";
import { sessionCookieName } from "./session-cookie";

/**
 * The signed-in member of this request, or null. A request without the session cookie
 * never touches the database; with it, one query loads the session and entitlements.
 */
export async function currentMember(now = new Date()): Promise<SignedInMember | null> {
  const token = (await cookies()).get(sessionCookieName())?.value;
  if (!token) return null;
  const db = await getDb();
  const member = await loadViewer(db, token, now);
  if (member) await touchSessionIfStale(db, token, member, { now, userAgent: (await headers()).get("user-agent") });
  return member;
}

export async function currentSessionToken(): Promise<string | null> {
  return (await cookies()).get(sessionCookieName())?.value ?? null;
}
