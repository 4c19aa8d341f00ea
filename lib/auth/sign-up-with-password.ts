import { eq } from "drizzle-orm";
import { inTransaction, type Database } from "@/db/client";
import { users } from "@/db/schema";
import { accountExistsEmail } from "@/lib/email/account-exists-email";
import { emailLocale } from "@/lib/email/email-locale";
import { sendEmail } from "@/lib/email/send-email";
import { AppError } from "@/lib/errors";
import { siteConfig } from "@/lib/site-config";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { enqueueWebhookEvent } from "@/lib/webhooks/enqueue-webhook-event";
import { signUpSchema } from "./credentials-schema";
import { hashPassword } from "./password";

/** A new account's id, or null when the address already had one (its owner was e-mailed). */
export type SignUpResult = { userId: string } | { userId: null };

/**
 * Creates a free (level 0) account with a password. An address that already has an
 * account is not an error: the caller answers exactly as for a new one and the owner gets
 * an e-mail instead, so sign-up tells nobody who is a member. The password is hashed in
 * both cases so both take the same time.
 */
export async function signUpWithPassword(db: Database, input: unknown, options: { origin: string }): Promise<SignUpResult> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "Please correct the highlighted fields.", fieldErrorsOf(parsed.error));
  const { name, email, password } = parsed.data;
  const passwordHash = await hashPassword(password);
  const row = await inTransaction(db, async (t) => {
    const [created] = await t.insert(users).values({ name, email, passwordHash, level: 0, role: "reader" }).onConflictDoNothing().returning({ id: users.id });
    if (created) await enqueueWebhookEvent(t, { type: "member.created", data: { memberId: created.id, email, name, source: "sign-up" } });
    return created;
  });
  if (row) return { userId: row.id };
  const [owner] = await db.select({ email: users.email }).from(users).where(eq(users.email, email)).limit(1);
  const signInUrl = new URL(`/signin?${new URLSearchParams({ email })}`, options.origin).toString();
  if (owner?.email) await sendEmail(db, accountExistsEmail({ to: owner.email, siteName: siteConfig.name, signInUrl, locale: await emailLocale(db) }));
  return { userId: null };
}
