import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";
import type { BillingGateway } from "@/lib/billing/billing-gateway";
import { emailChangeEmails } from "@/lib/email/email-change-emails";
import { emailLocale } from "@/lib/email/email-locale";
import { sendEmail } from "@/lib/email/send-email";
import { AppError } from "@/lib/errors";
import { siteConfig } from "@/lib/site-config";
import { isUniqueViolation } from "@/lib/validation/is-unique-violation";
import { consumeAccountToken } from "./account-token";

export const EXPIRED_EMAIL_LINK = "This link has expired or was already used. Ask for a new one on your account page.";

/**
 * Follows the link sent to a new address: the address is now proved, so it becomes the
 * member's (and their Stripe customer's, when they have one); the old address is told.
 * The token is used up first, so a link works once even if the change then fails.
 */
export async function confirmEmailChange(db: Database, gateway: () => BillingGateway, options: { token: unknown; now: Date }): Promise<{ userId: string; newEmail: string }> {
  const used = await consumeAccountToken(db, { token: options.token, kind: "email-change", now: options.now });
  if (!used?.newEmail) throw new AppError("NOT_FOUND", EXPIRED_EMAIL_LINK);
  const newEmail = used.newEmail;
  const [before] = await db.select({ email: users.email, customerId: users.stripeCustomerId }).from(users).where(eq(users.id, used.userId)).limit(1);
  if (!before) throw new AppError("NOT_FOUND", EXPIRED_EMAIL_LINK);
  const [taken] = await db.select({ id: users.id }).from(users).where(eq(users.email, newEmail)).limit(1);
  if (taken) throw new AppError("CONFLICT", "That address now belongs to another account, so yours was not changed.");
  try {
    await db.update(users).set({ email: newEmail, emailVerified: options.now }).where(eq(users.id, used.userId));
  } catch (e) {
    // Another account took the address between the check and the update.
    if (isUniqueViolation(e)) throw new AppError("CONFLICT", "That address now belongs to another account, so yours was not changed.");
    throw e;
  }
  // Stripe's receipts and the portal use the customer's address: it follows ours.
  if (before.customerId) await gateway().updateCustomerEmail(before.customerId, newEmail);
  if (before.email) await sendEmail(db, emailChangeEmails({ site: siteConfig.name, oldEmail: before.email, newEmail, minutes: 0, locale: await emailLocale(db) }).changed());
  return { userId: used.userId, newEmail };
}
