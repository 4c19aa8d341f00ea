import { fromMinorUnits } from "../minor-units";

/** "€16/month", "€9.50/month", "€240/year": a price as readers say it (no ".00"). */
export function formatPlanPrice(amount: number, currency: string, interval: "month" | "year"): string {
  const value = fromMinorUnits(amount, currency);
  const money = new Intl.NumberFormat("en-GB", {
    style: "currency",
    currency: currency.toUpperCase(),
    ...(Number.isInteger(value) ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
  }).format(value);
  return `${money}/${interval}`;
}

/** "7 days free, then €16/month", or just "€9/month" without a trial. */
export function formatPlanTerms(plan: { amount: number; currency: string; interval: "month" | "year"; trialDays: number }): string {
  const price = formatPlanPrice(plan.amount, plan.currency, plan.interval);
  if (plan.trialDays <= 0) return price;
  return `${plan.trialDays === 1 ? "1 day" : `${plan.trialDays} days`} free, then ${price}`;
}

/** A one-off amount: "€7.00" (an amount due today). */
export function formatAmount(amount: number, currency: string): string {
  return new Intl.NumberFormat("en-GB", { style: "currency", currency: currency.toUpperCase() }).format(fromMinorUnits(amount, currency));
}
