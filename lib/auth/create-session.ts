import { randomBytes } from "node:crypto";
import type { Database } from "@/db/client";
import { sessions } from "@/db/schema";
import { enforceSessionLimit } from "./enforce-session-limit";
import { SESSION_MAX_AGE_SECONDS } from "./session-cookie";

/** Opens a database session (the same rows Auth.js reads) and applies the device limit. */
export async function createSession(
  db: Database,
  options: { userId: string; userAgent: string | null; maxSessions: number; now: Date },
): Promise<{ token: string; expires: Date; revokedOthers: number }> {
  const token = randomBytes(32).toString("base64url");
  const expires = new Date(options.now.getTime() + SESSION_MAX_AGE_SECONDS * 1000);
  await db.insert(sessions).values({
    sessionToken: token,
    userId: options.userId,
    expires,
    userAgent: options.userAgent?.slice(0, 300) ?? null,
    createdAt: options.now,
    lastSeenAt: options.now,
  });
  const revokedOthers = await enforceSessionLimit(db, { userId: options.userId, max: options.maxSessions, now: options.now });
  return { token, expires, revokedOthers };
}
