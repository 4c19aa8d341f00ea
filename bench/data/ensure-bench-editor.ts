import type { Database } from "@/db/client";
import { sessions, users } from "@/db/schema";
import { EDITOR } from "./fixtures";

/** The editor whose saves the benchmark times, with a fresh session (also in a reused dataset). */
export async function ensureBenchEditor(db: Database): Promise<void> {
  const now = new Date();
  const expires = new Date(now.getTime() + 365 * 86_400_000);
  await db.insert(users).values({ id: EDITOR.id, email: EDITOR.email, name: "Bench Editor", role: "editor", emailVerified: now }).onConflictDoNothing();
  await db
    .insert(sessions)
    .values({ sessionToken: EDITOR.token, userId: EDITOR.id, expires, userAgent: "bench", lastSeenAt: now })
    .onConflictDoUpdate({ target: sessions.sessionToken, set: { expires, lastSeenAt: now } });
}
