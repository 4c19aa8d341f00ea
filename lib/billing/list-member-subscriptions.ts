import { desc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { plans, settings, subscriptions } from "@/db/schema";
import { DEFAULT_SETTINGS } from "@/lib/settings/settings";
import { subscriptionGrant } from "./subscription-grant";

export interface MemberSubscription {
  id: string;
  planId: number | null;
  planName: string;
  /** The plan's level (its tier): a member holds at most one renewing subscription per tier. */
  level: number | null;
  /** The plan's capabilities (with level 0, an add-on: lib/billing/offer/offer-plan). */
  ccaps: string[];
  status: string;
  /** Whether it gives access right now, and until when (null: renews). */
  isGranting: boolean;
  accessUntil: Date | null;
  cancelAtPeriodEnd: boolean;
  currentPeriodEnd: Date | null;
  trialEnd: Date | null;
  amount: number | null;
  currency: string | null;
  interval: string | null;
  revokedReason: string | null;
}

/** A member's subscriptions as the account page and editors see them, newest first. */
export async function listMemberSubscriptions(db: Database, options: { userId: string; now: Date }): Promise<MemberSubscription[]> {
  const [rows, grace] = await Promise.all([
    db
      .select({ sub: subscriptions, planName: plans.name, level: plans.level, ccaps: plans.ccaps })
      .from(subscriptions)
      .leftJoin(plans, eq(subscriptions.planId, plans.id))
      .where(eq(subscriptions.userId, options.userId))
      .orderBy(desc(subscriptions.stripeCreatedAt)),
    db.select({ value: settings.value }).from(settings).where(eq(settings.key, "pastDueGraceDays")),
  ]);
  const graceDays = typeof grace[0]?.value === "number" ? grace[0].value : DEFAULT_SETTINGS.pastDueGraceDays;
  return rows.map(({ sub, planName, level, ccaps }) => {
    const grant = level === null ? null : subscriptionGrant(sub, { level, ccaps: ccaps ?? [] }, { graceDays });
    const isGranting = grant !== null && (grant.until === null || grant.until.getTime() > options.now.getTime());
    return {
      id: sub.id,
      planId: sub.planId,
      planName: planName ?? "Retired plan",
      level,
      ccaps: ccaps ?? [],
      status: sub.status,
      isGranting,
      accessUntil: grant?.until ?? null,
      cancelAtPeriodEnd: sub.cancelAtPeriodEnd,
      currentPeriodEnd: sub.currentPeriodEnd,
      trialEnd: sub.trialEnd,
      amount: sub.amount,
      currency: sub.currency,
      interval: sub.interval,
      revokedReason: sub.revokedReason,
    };
  });
}
