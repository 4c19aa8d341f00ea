import { formatMoney } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { fromMinorUnits } from "../minor-units";

/** "€16/month", "€9.50/month", "€240/year" ("16 €/mois"): a price as readers say it (no ".00"). */
export function formatPlanPrice(amount: number, currency: string, interval: "month" | "year", locale: Locale): string {
  const money = formatMoney(fromMinorUnits(amount, currency), currency, locale, true);
  return translator(locale, "account")("planTerms.price", { money, interval });
}

/** "7 days free, then €16/month", or just "€9/month" without a trial. */
export function formatPlanTerms(plan: { amount: number; currency: string; interval: "month" | "year"; trialDays: number }, locale: Locale): string {
  const price = formatPlanPrice(plan.amount, plan.currency, plan.interval, locale);
  if (plan.trialDays <= 0) return price;
  return translator(locale, "account")("planTerms.trial", { days: plan.trialDays, price });
}

/** A one-off amount: "€7.00" / "7,00 €" (an amount due today, an invoice). */
export function formatAmount(amount: number, currency: string, locale: Locale): string {
  return formatMoney(fromMinorUnits(amount, currency), currency, locale);
}
