import { and, eq, isNotNull, isNull } from "drizzle-orm";
import type { Database } from "@/db/client";
import { sessionEvents, sessions, users } from "@/db/schema";

/**
 * Called when someone proves they own an account's e-mail address (an e-mail link or code).
 * A password sign-up does not prove the address, so anyone could have opened an account
 * under someone else's address with a password of their choosing, waited for the owner to
 * sign in by e-mail and subscribe, then read on with that password ("pre-hijacking"). So
 * when the address is proved for the first time, a password set before that is dropped,
 * with every session it opened. The owner keeps signing in by e-mail link or code, and
 * may set a new password on the account page, which says why the old one went.
 */
export async function claimVerifiedEmail(db: Database, options: { userId: string }): Promise<{ droppedPassword: boolean }> {
  const dropped = await db
    .update(users)
    .set({ passwordHash: null })
    .where(and(eq(users.id, options.userId), isNull(users.emailVerified), isNotNull(users.passwordHash)))
    .returning({ id: users.id });
  if (dropped.length === 0) return { droppedPassword: false };
  await db.delete(sessions).where(eq(sessions.userId, options.userId));
  // The account page says so and offers to set a new one.
  await db.insert(sessionEvents).values({ userId: options.userId, kind: "password-dropped", detail: "the address was proved by an e-mail link or code" });
  return { droppedPassword: true };
}
