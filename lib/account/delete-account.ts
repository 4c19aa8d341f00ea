import { randomBytes } from "node:crypto";
import { and, eq, inArray, notInArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { auditLog, invoices, outbox, rateLimits, subscriptions, users, verificationTokens, wordpressImportMap } from "@/db/schema";
import type { BillingGateway } from "@/lib/billing/billing-gateway";
import { AppError } from "@/lib/errors";

/** Subscriptions that can still charge or grant: everything Stripe has not ended for good. */
const ENDED = ["canceled", "incomplete_expired"];

/** Rate-limit counters keyed by the address (lib/rate-limit, lib/account/account-rate-rules). */
const ADDRESS_KEYED = ["password", "email-link", "code", "signup", "password-reset"];

/**
 * Deletes a member's account at their request. Their subscriptions are cancelled at the
 * payment provider first (a failure there stops everything, so nobody is charged for an
 * account that is gone) and the provider's customer is deleted. Then, in one transaction,
 * the member's row goes with everything that hangs off it (sessions, sign-in links,
 * grants, subscriptions' copies, entitlement history, meter reads, gift links, import
 * mapping). Invoices are financial records the newsroom must keep: they stay, with the
 * member replaced by an anonymous reference. Staff accounts are closed by an admin.
 */
export async function deleteAccount(db: Database, gateway: () => BillingGateway, options: { userId: string; now: Date }): Promise<{ memberReference: string; invoicesKept: number }> {
  const [member] = await db.select({ email: users.email, role: users.role, customerId: users.stripeCustomerId }).from(users).where(eq(users.id, options.userId)).limit(1);
  if (!member) throw new AppError("NOT_FOUND", "This account no longer exists.");
  if (member.role !== "reader") throw new AppError("FORBIDDEN", "A staff account is closed by an admin: ask one to make you a reader first.");

  const open = await db.select({ id: subscriptions.id }).from(subscriptions).where(and(eq(subscriptions.userId, options.userId), notInArray(subscriptions.status, ENDED)));
  for (const sub of open) await gateway().cancelSubscription(sub.id, { atPeriodEnd: false, idempotencyKey: `delete-account:${sub.id}` });
  if (member.customerId) await gateway().deleteCustomer(member.customerId);

  const memberReference = `former-member-${randomBytes(6).toString("hex")}`;
  const invoicesKept = await db.transaction(async (t) => {
    const kept = await t.update(invoices).set({ userId: null, memberReference }).where(eq(invoices.userId, options.userId)).returning({ id: invoices.id });
    await t.delete(wordpressImportMap).where(and(eq(wordpressImportMap.kind, "member"), eq(wordpressImportMap.ledeId, options.userId)));
    if (member.email) {
      await t.delete(verificationTokens).where(eq(verificationTokens.identifier, member.email));
      await t.delete(outbox).where(eq(outbox.to, member.email));
      await t.delete(rateLimits).where(inArray(rateLimits.key, ADDRESS_KEYED.map((kind) => `${kind}:email:${member.email}`)));
    }
    // The newsroom's record that it happened, naming no one (the actor becomes null with the row).
    await t.insert(auditLog).values({ actorId: options.userId, action: "member.delete-self", targetType: "member", targetId: options.userId, before: null, after: { memberReference, invoicesKept: kept.length }, createdAt: options.now });
    await t.delete(users).where(eq(users.id, options.userId));
    return kept.length;
  });
  return { memberReference, invoicesKept };
}
