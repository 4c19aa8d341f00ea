import { asc, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { ccapCatalogue, plans } from "@/db/schema";
import { billingMode } from "../billing-mode";
import { planUnavailableReason } from "../plan-unavailable-reason";
import type { OfferPlan } from "./offer-plan";

/** What offers are made of: the plans a reader can buy on this server now, and the capabilities' labels. */
export interface OfferCatalogue {
  plans: OfferPlan[];
  ccapLabels: Record<string, string>;
}

/** A plan row as stored (or as json_build_object gives it), with its price id. */
export interface StoredOfferPlan extends OfferPlan {
  status: string;
  stripePriceId: string | null;
}

/** Keeps the plans on offer that this server can sell (payments set up, a usable price). */
export function sellablePlans(rows: readonly StoredOfferPlan[]): OfferPlan[] {
  const mode = billingMode();
  return rows
    .filter((p) => p.status === "active" && planUnavailableReason(p, mode) === null)
    .map(({ id, name, level, ccaps, amount, currency, interval, trialDays, position }) => ({ id, name, level, ccaps, amount, currency, interval, trialDays, position }));
}

/** The same as SQL, for loaders that fetch everything in one round-trip (lib/articles/load-article-access). */
export const offerCatalogueColumns = {
  offerPlans: sql<StoredOfferPlan[] | null>`(select json_agg(json_build_object('id', p.id, 'name', p.name, 'level', p.level, 'ccaps', p.ccaps, 'amount', p.amount, 'currency', p.currency, 'interval', p.interval, 'trialDays', p.trial_days, 'position', p.position, 'status', p.status, 'stripePriceId', p.stripe_price_id)) from ${plans} p where p.status = 'active')`,
  ccapLabels: sql<Record<string, string> | null>`(select json_object_agg(c.name, c.label) from ${ccapCatalogue} c where c.label <> '')`,
};

export async function loadOfferCatalogue(db: Database): Promise<OfferCatalogue> {
  const [rows, labels] = await Promise.all([
    db.select().from(plans).where(eq(plans.status, "active")).orderBy(asc(plans.position), asc(plans.amount)),
    db.select({ name: ccapCatalogue.name, label: ccapCatalogue.label }).from(ccapCatalogue),
  ]);
  return { plans: sellablePlans(rows), ccapLabels: Object.fromEntries(labels.filter((l) => l.label).map((l) => [l.name, l.label])) };
}
