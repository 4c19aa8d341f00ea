/**
 * Digits after the decimal point in a currency's minor unit (EUR 2, JPY 0, KWD 3), from
 * the ICU currency table Intl.NumberFormat carries; null for a code it does not know.
 * Stripe takes amounts in the minor unit, so 9.50 EUR is 950 but 950 JPY is 950.
 */
const KNOWN = new Set(Intl.supportedValuesOf("currency"));

export function minorUnitDigits(currency: string): number | null {
  // Intl formats any well-formed code (ZZQ) with 2 digits: only ISO 4217 codes it knows count.
  if (!KNOWN.has(currency.toUpperCase())) return null;
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency: currency.toUpperCase() }).resolvedOptions().maximumFractionDigits ?? null;
  } catch {
    return null;
  }
}

/** A major-unit price (9.50) in the currency's minor unit (950), or null for an unknown currency. */
export function toMinorUnits(price: number, currency: string): number | null {
  const digits = minorUnitDigits(currency);
  return digits === null ? null : Math.round(price * 10 ** digits);
}

/** A minor-unit amount back in major units (950 EUR → 9.5; 950 JPY → 950). */
export function fromMinorUnits(amount: number, currency: string): number {
  return amount / 10 ** (minorUnitDigits(currency) ?? 2);
}

/** A minor-unit amount as the price field shows it: 950 EUR → "9.50", 1000 JPY → "1000". */
export function formatMajorAmount(amount: number, currency: string): string {
  const digits = minorUnitDigits(currency) ?? 2;
  return (amount / 10 ** digits).toFixed(digits);
}
