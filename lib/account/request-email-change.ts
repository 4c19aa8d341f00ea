import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";
import { emailSchema } from "@/lib/auth/credentials-schema";
import { emailChangeEmails } from "@/lib/email/email-change-emails";
import { emailLocale } from "@/lib/email/email-locale";
import { sendEmail } from "@/lib/email/send-email";
import { AppError } from "@/lib/errors";
import { siteConfig } from "@/lib/site-config";
import { issueAccountToken, TOKEN_MINUTES } from "./account-token";

/**
 * Starts a change of address: the new address gets a link that proves it (nothing
 * changes until it is followed), the current one a notice. An address that already has
 * an account gets a notice instead of a link, and the member the same answer as for any
 * address, so the form tells nobody who is a member.
 */
export async function requestEmailChange(db: Database, options: { userId: string; newEmail: unknown; origin: string; now: Date }): Promise<{ newEmail: string }> {
  const parsed = emailSchema.safeParse(options.newEmail);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "Enter a valid e-mail address.", { newEmail: parsed.error.issues[0]?.message ?? "Enter a valid e-mail address." });
  const newEmail = parsed.data;
  const [member] = await db.select({ email: users.email }).from(users).where(eq(users.id, options.userId)).limit(1);
  if (!member) throw new AppError("UNAUTHENTICATED", "Please sign in.");
  if (member.email === newEmail) throw new AppError("INVALID_INPUT", "That is already your address.", { newEmail: "That is already your address." });
  const [holder] = await db.select({ id: users.id }).from(users).where(eq(users.email, newEmail)).limit(1);
  const site = siteConfig.name;
  const mails = emailChangeEmails({ site, oldEmail: member.email, newEmail, minutes: TOKEN_MINUTES["email-change"], locale: await emailLocale(db) });
  if (holder) {
    await sendEmail(db, mails.taken());
  } else {
    const token = await issueAccountToken(db, { userId: options.userId, kind: "email-change", newEmail, now: options.now });
    await sendEmail(db, mails.proof(new URL(`/account/confirm-email?${new URLSearchParams({ token })}`, options.origin).toString()));
  }
  if (member.email) await sendEmail(db, mails.requested());
  return { newEmail };
}
