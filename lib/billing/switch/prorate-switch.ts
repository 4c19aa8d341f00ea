export interface ProratedPrice {
  amount: number;
  interval: "month" | "year";
}

/**
 * What a switch costs today, as Stripe prorates with `always_invoice`: on the same interval,
 * the difference for the time left in the period; on another interval the period restarts,
 * so the new price in full less the unused part of the old. Never below zero (a downgrade's
 * credit goes to the customer's balance, not back to the card). Nothing during a trial.
 */
export function prorateSwitch(options: { from: ProratedPrice; to: ProratedPrice; periodStart: number; periodEnd: number; at: number; trialing: boolean }): number {
  if (options.trialing) return 0;
  const length = options.periodEnd - options.periodStart;
  const left = length > 0 ? Math.min(1, Math.max(0, (options.periodEnd - options.at) / length)) : 0;
  const due = options.from.interval === options.to.interval ? (options.to.amount - options.from.amount) * left : options.to.amount - options.from.amount * left;
  return Math.max(0, Math.round(due));
}
