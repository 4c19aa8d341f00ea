import { and, desc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { accounts, articles, auditLog, checkoutAttributions, emailDeliveries, emailIssues, entitlementHistory, giftLinks, invoices, memberCcaps, meterReads, newsletterOptIns, newsletters, sessionEvents, sessions, subscriptions, users } from "@/db/schema";
import { describeDevice } from "@/lib/auth/describe-device";
import { AppError } from "@/lib/errors";

/**
 * Everything Lede keeps about a member, as one JSON-ready object (the "download my data"
 * of the account page): profile, grants, subscriptions, invoices, sessions and devices,
 * gift links, meter reads, and the audit entries about them. Secrets are left out
 * (password hash, session tokens, OAuth tokens).
 */
export async function exportAccountData(db: Database, options: { userId: string; now: Date }) {
  const id = options.userId;
  const [user] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  if (!user) throw new AppError("NOT_FOUND", "This account no longer exists.");
  const [ccaps, history, subs, invoiceRows, sessionRows, events, gifts, reads, audit, linked, conversions] = await Promise.all([
    db.select({ ccap: memberCcaps.ccap, expiresAt: memberCcaps.expiresAt, createdAt: memberCcaps.createdAt }).from(memberCcaps).where(eq(memberCcaps.userId, id)),
    db.select().from(entitlementHistory).where(eq(entitlementHistory.userId, id)).orderBy(desc(entitlementHistory.createdAt)),
    db.select().from(subscriptions).where(eq(subscriptions.userId, id)),
    db.select().from(invoices).where(eq(invoices.userId, id)).orderBy(desc(invoices.stripeCreatedAt)),
    db.select({ id: sessions.id, userAgent: sessions.userAgent, createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt, expires: sessions.expires }).from(sessions).where(eq(sessions.userId, id)),
    db.select({ kind: sessionEvents.kind, detail: sessionEvents.detail, createdAt: sessionEvents.createdAt }).from(sessionEvents).where(eq(sessionEvents.userId, id)),
    db
      .select({ id: giftLinks.id, article: articles.slug, kind: giftLinks.kind, opens: giftLinks.opens, maxOpens: giftLinks.maxOpens, expiresAt: giftLinks.expiresAt, revokedAt: giftLinks.revokedAt, createdAt: giftLinks.createdAt })
      .from(giftLinks)
      .innerJoin(articles, eq(giftLinks.articleId, articles.id))
      .where(eq(giftLinks.giverId, id)),
    db.select({ article: articles.slug, readAt: meterReads.readAt }).from(meterReads).innerJoin(articles, eq(meterReads.articleId, articles.id)).where(eq(meterReads.memberId, id)),
    db
      .select({ action: auditLog.action, before: auditLog.before, after: auditLog.after, reason: auditLog.reason, createdAt: auditLog.createdAt })
      .from(auditLog)
      .where(and(eq(auditLog.targetType, "member"), eq(auditLog.targetId, id)))
      .orderBy(desc(auditLog.createdAt)),
    db.select({ provider: accounts.provider, type: accounts.type }).from(accounts).where(eq(accounts.userId, id)),
    // Which article's paywall (or gift link) the member signed up or subscribed from (lib/billing/attribution).
    db
      .select({ event: checkoutAttributions.event, article: articles.slug, giftLinkId: checkoutAttributions.giftLinkId, planId: checkoutAttributions.planId, createdAt: checkoutAttributions.createdAt })
      .from(checkoutAttributions)
      .leftJoin(articles, eq(checkoutAttributions.articleId, articles.id))
      .where(eq(checkoutAttributions.memberId, id)),
  ]);
  const [optIns, mailings] = await Promise.all([
    db.select({ newsletter: newsletters.name, since: newsletterOptIns.createdAt }).from(newsletterOptIns).innerJoin(newsletters, eq(newsletters.id, newsletterOptIns.newsletterId)).where(eq(newsletterOptIns.userId, id)),
    db.select({ subject: emailIssues.subject, status: emailDeliveries.status, sentAt: emailDeliveries.sentAt }).from(emailDeliveries).innerJoin(emailIssues, eq(emailIssues.id, emailDeliveries.issueId)).where(eq(emailDeliveries.userId, id)),
  ]);
  return {
    exportedAt: options.now.toISOString(),
    profile: {
      id: user.id,
      name: user.name,
      email: user.email,
      emailVerified: user.emailVerified,
      hasPassword: user.passwordHash !== null,
      role: user.role,
      createdAt: user.createdAt,
      stripeCustomerId: user.stripeCustomerId,
      signInProviders: linked,
    },
    grants: { level: user.level, complimentary: user.compLevel === null ? null : { level: user.compLevel, until: user.compUntil }, capabilities: ccaps, history },
    subscriptions: subs,
    invoices: invoiceRows,
    sessions: sessionRows.map((s) => ({ ...s, device: describeDevice(s.userAgent) })),
    sessionEvents: events,
    giftLinks: gifts,
    meterReads: reads,
    conversions,
    auditEntries: audit,
    newsletters: { optIns, mailings },
  };
}
