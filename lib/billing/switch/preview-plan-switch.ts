import type { Database } from "@/db/client";
import type { BillingGateway } from "../billing-gateway";
import { loadSwitch } from "./load-switch";

export interface PlanSwitchPreview {
  fromPlanName: string;
  toPlanName: string;
  /** Charged today, in the currency's minor unit (0 for a downgrade or during a trial). */
  amountDue: number;
  currency: string;
  /** The moment the amount was computed for: confirming charges exactly this (Unix seconds). */
  prorationDate: number;
  subscriptionId: string;
}

/** What switching the member's base plan to `planId` costs today, asked of Stripe (or test mode). */
export async function previewPlanSwitch(db: Database, gateway: BillingGateway, options: { userId: string; planId: number; now: Date }): Promise<PlanSwitchPreview> {
  const target = await loadSwitch(db, gateway, options);
  const prorationDate = Math.floor(options.now.getTime() / 1000);
  const { amountDue, currency } = await gateway.previewSwitch({ subscriptionId: target.from.id, customerId: target.customerId, priceId: target.plan.stripePriceId, prorationDate });
  return { fromPlanName: target.from.planName, toPlanName: target.plan.name, amountDue, currency, prorationDate, subscriptionId: target.from.id };
}
