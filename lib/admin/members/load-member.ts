import { desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "@/db/client";
import { entitlementHistory, invoices, plans, subscriptions, users } from "@/db/schema";
import { listSessions } from "@/lib/auth/list-sessions";
import { entitlementSnapshot } from "./entitlement-snapshot";
import { isVerifiedSql } from "./load-member-target";
import { isTextId } from "@/lib/validation/ids";

/**
 * Everything the member page shows: entitlements, subscriptions and payments as last
 * synced from Stripe by billing, the entitlement history and the live sessions.
 */
export async function loadMember(db: Database, userId: string, now: Date) {
  if (!isTextId(userId)) return null;
  const [user] = await db.select({ id: users.id, email: users.email, name: users.name, role: users.role, isVerified: isVerifiedSql(), createdAt: users.createdAt, stripeCustomerId: users.stripeCustomerId }).from(users).where(eq(users.id, userId)).limit(1);
  if (!user) return null;
  const actor = alias(users, "actor");
  const [entitlements, subs, payments, history, sessions] = await Promise.all([
    entitlementSnapshot(db, userId),
    db
      .select({ id: subscriptions.id, status: subscriptions.status, planName: plans.name, currentPeriodEnd: subscriptions.currentPeriodEnd, cancelAtPeriodEnd: subscriptions.cancelAtPeriodEnd, endedAt: subscriptions.endedAt, amount: subscriptions.amount, currency: subscriptions.currency, interval: subscriptions.interval })
      .from(subscriptions)
      .leftJoin(plans, eq(subscriptions.planId, plans.id))
      .where(eq(subscriptions.userId, userId))
      .orderBy(desc(subscriptions.syncedAt)),
    db.select().from(invoices).where(eq(invoices.userId, userId)).orderBy(desc(invoices.stripeCreatedAt)).limit(50),
    db
      .select({ id: entitlementHistory.id, fromLevel: entitlementHistory.fromLevel, toLevel: entitlementHistory.toLevel, fromCcaps: entitlementHistory.fromCcaps, toCcaps: entitlementHistory.toCcaps, cause: entitlementHistory.cause, createdAt: entitlementHistory.createdAt, actorEmail: actor.email })
      .from(entitlementHistory)
      .leftJoin(actor, eq(entitlementHistory.actorId, actor.id))
      .where(eq(entitlementHistory.userId, userId))
      .orderBy(desc(entitlementHistory.createdAt), desc(entitlementHistory.id))
      .limit(100),
    listSessions(db, { userId, now }),
  ]);
  return { user, entitlements, subscriptions: subs, invoices: payments, history, sessions };
}

export type MemberDetail = NonNullable<Awaited<ReturnType<typeof loadMember>>>;
