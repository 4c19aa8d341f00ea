import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";
import { emailSchema } from "@/lib/auth/credentials-schema";
import { passwordResetEmail } from "@/lib/email/password-reset-email";
import { emailLocale } from "@/lib/email/email-locale";
import { sendEmail } from "@/lib/email/send-email";
import { AppError } from "@/lib/errors";
import { siteConfig } from "@/lib/site-config";
import { issueAccountToken, TOKEN_MINUTES } from "./account-token";

/**
 * E-mails a password-reset link when the address has an account, and does nothing
 * otherwise: the caller answers the same either way, so the form tells nobody which
 * addresses are members. An account whose address was never proved is told that the
 * link proves it (lib/auth/claim-verified-email drops a password set before a proof).
 */
export async function requestPasswordReset(db: Database, options: { email: unknown; origin: string; now: Date }): Promise<void> {
  const parsed = emailSchema.safeParse(options.email);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "Enter a valid e-mail address.", { email: "Enter a valid e-mail address." });
  const [user] = await db.select({ id: users.id, email: users.email, hasPassword: users.passwordHash, verified: users.emailVerified }).from(users).where(eq(users.email, parsed.data)).limit(1);
  if (!user?.email) return;
  const token = await issueAccountToken(db, { userId: user.id, kind: "password-reset", now: options.now });
  const resetUrl = new URL(`/reset-password?${new URLSearchParams({ token })}`, options.origin).toString();
  await sendEmail(db, passwordResetEmail({ to: user.email, siteName: siteConfig.name, resetUrl, minutes: TOKEN_MINUTES["password-reset"], hadPassword: Boolean(user.hasPassword), locale: await emailLocale(db) }));
}
