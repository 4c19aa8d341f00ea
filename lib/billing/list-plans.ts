import { asc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { plans, type Plan } from "@/db/schema";
import { fromMinorUnits } from "./minor-units";

/** The plans offered on /subscribe, in the editors' order. */
export async function listOfferedPlans(db: Database): Promise<Plan[]> {
  return db.select().from(plans).where(eq(plans.status, "active")).orderBy(asc(plans.position), asc(plans.amount));
}

export function formatPrice(amount: number, currency: string, interval?: string | null): string {
  const money = new Intl.NumberFormat("en-GB", { style: "currency", currency: currency.toUpperCase() }).format(fromMinorUnits(amount, currency));
  return interval ? `${money} / ${interval}` : money;
}
