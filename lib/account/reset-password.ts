import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { sessions, users } from "@/db/schema";
import { passwordSchema } from "@/lib/auth/credentials-schema";
import { hashPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import { consumeAccountToken } from "./account-token";

export const EXPIRED_RESET_LINK = "This reset link has expired or was already used. Ask for a new one.";

/**
 * Sets a new password through an e-mailed reset link (used once). Following the link
 * proves the address, so it is marked proved; every session of the member ends (whoever
 * knew the old password is signed out) and the caller opens a new one.
 */
export async function resetPassword(db: Database, options: { token: unknown; password: unknown; now: Date }): Promise<{ userId: string }> {
  const password = passwordSchema.safeParse(options.password);
  if (!password.success) throw new AppError("INVALID_INPUT", "Please choose another password.", { password: password.error.issues[0]?.message ?? "Invalid password." });
  const passwordHash = await hashPassword(password.data);
  const used = await consumeAccountToken(db, { token: options.token, kind: "password-reset", now: options.now });
  if (!used) throw new AppError("NOT_FOUND", EXPIRED_RESET_LINK);
  await db.transaction(async (t) => {
    await t.update(users).set({ passwordHash, emailVerified: sql`coalesce(${users.emailVerified}, ${options.now.toISOString()}::timestamptz)` }).where(eq(users.id, used.userId));
    await t.delete(sessions).where(eq(sessions.userId, used.userId));
  });
  return { userId: used.userId };
}
