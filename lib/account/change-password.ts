import { and, eq, ne } from "drizzle-orm";
import type { Database } from "@/db/client";
import { sessions, users } from "@/db/schema";
import { passwordSchema } from "@/lib/auth/credentials-schema";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";

/**
 * A signed-in member sets a new password. When they have one, the current one is
 * required (a session left open on a shared computer must not be enough to take the
 * account over); every other session ends, this one stays.
 */
export async function changePassword(
  db: Database,
  options: { userId: string; sessionId: string; currentPassword: unknown; newPassword: unknown },
): Promise<{ signedOutOthers: number }> {
  const next = passwordSchema.safeParse(options.newPassword);
  if (!next.success) throw new AppError("INVALID_INPUT", "Please choose another password.", { newPassword: next.error.issues[0]?.message ?? "Invalid password." });
  const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, options.userId)).limit(1);
  if (!user) throw new AppError("UNAUTHENTICATED", "Please sign in.");
  if (user.passwordHash) {
    const current = typeof options.currentPassword === "string" ? options.currentPassword : "";
    if (!current || !(await verifyPassword(current, user.passwordHash))) {
      throw new AppError("INVALID_INPUT", "Your current password is not right.", { currentPassword: "Your current password is not right." });
    }
  }
  const passwordHash = await hashPassword(next.data);
  return db.transaction(async (t) => {
    await t.update(users).set({ passwordHash }).where(eq(users.id, options.userId));
    const ended = await t.delete(sessions).where(and(eq(sessions.userId, options.userId), ne(sessions.id, options.sessionId))).returning({ id: sessions.id });
    return { signedOutOthers: ended.length };
  });
}
