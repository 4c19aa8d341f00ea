import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { plans, subscriptions, type Plan } from "@/db/schema";
import { AppError } from "@/lib/errors";
import type { BillingGateway } from "../billing-gateway";
import { isTestModeId } from "../is-test-mode-id";
import { listMemberSubscriptions, type MemberSubscription } from "../list-member-subscriptions";
import { planChoice } from "./plan-choice";

export interface SwitchTarget {
  plan: Plan & { stripePriceId: string };
  from: MemberSubscription;
  customerId: string;
}

/** The member's base subscription and the plan it would move to; refuses what is not a switch. */
export async function loadSwitch(db: Database, gateway: BillingGateway, options: { userId: string; planId: number; now: Date }): Promise<SwitchTarget> {
  const [plan] = await db.select().from(plans).where(eq(plans.id, options.planId)).limit(1);
  if (!plan || plan.status !== "active") throw new AppError("NOT_FOUND", "This plan is not on offer.");
  if (!plan.stripePriceId || (gateway.mode === "stripe" && isTestModeId(plan.stripePriceId))) throw new AppError("CONFLICT", "This plan is not connected to a Stripe price yet.");
  const held = await listMemberSubscriptions(db, { userId: options.userId, now: options.now });
  const choice = planChoice(held, plan);
  if (choice.kind === "current") throw new AppError("CONFLICT", "You already have this plan.");
  if (choice.kind === "new") throw new AppError("CONFLICT", "You have no plan to switch from: choose this plan to subscribe.");
  const [sub] = await db.select({ customerId: subscriptions.customerId }).from(subscriptions).where(eq(subscriptions.id, choice.from.id)).limit(1);
  if (!sub) throw new AppError("NOT_FOUND", "Your subscription is no longer there.");
  return { plan: { ...plan, stripePriceId: plan.stripePriceId }, from: choice.from, customerId: sub.customerId };
}
