import { INTL_TAGS, type Locale } from "./locales";

/*
 * Dates, numbers and prices as each language writes them. Formatters are built once per
 * language and option set: Intl's constructors cost far more than format().
 */

/** The newsroom's time zone: dates are printed as Brussels sees them. */
export const SITE_TIME_ZONE = "Europe/Brussels";

const cacheOf = <T>(make: (locale: Locale, key: string) => T) => {
  const made = new Map<string, T>();
  return (locale: Locale, key: string): T => {
    const id = `${locale}|${key}`;
    let value = made.get(id);
    if (!value) made.set(id, (value = make(locale, key)));
    return value;
  };
};

const dateFormats = {
  /** "9 December 2026" / "9 décembre 2026" */
  long: { day: "numeric", month: "long", year: "numeric" },
  /** "9 Dec 2026, 14:05" / "9 déc. 2026, 14:05" */
  dateTime: { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" },
  /** "9 December" / "9 décembre" */
  dayMonth: { day: "numeric", month: "long" },
  /** "14:05" */
  time: { hour: "2-digit", minute: "2-digit" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;
export type DateStyle = keyof typeof dateFormats;

const dateFormatter = cacheOf((locale, key) => {
  const [style, timeZone] = key.split("|") as [DateStyle, string];
  return new Intl.DateTimeFormat(INTL_TAGS[locale], { ...dateFormats[style], timeZone });
});

/** A date in the site's time zone (or `timeZone`, e.g. "UTC" for staff tools). */
export function formatDate(date: Date, locale: Locale, style: DateStyle = "long", timeZone = SITE_TIME_ZONE): string {
  return dateFormatter(locale, `${style}|${timeZone}`).format(date);
}

const numberFormatter = cacheOf((locale) => new Intl.NumberFormat(INTL_TAGS[locale]));

/** "12,345" / "12 345" */
export function formatNumber(value: number, locale: Locale): string {
  return numberFormatter(locale, "").format(value);
}

const moneyFormatter = cacheOf((locale, key) => {
  const [currency, whole] = key.split("|");
  return new Intl.NumberFormat(INTL_TAGS[locale], {
    style: "currency",
    currency,
    ...(whole === "whole" ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
  });
});

/**
 * An amount in the currency's major units: "€9.00" / "9,00 €". `dropZeroCents` writes a whole
 * amount without them ("€16" / "16 €"), as prices are said.
 */
export function formatMoney(value: number, currency: string, locale: Locale, dropZeroCents = false): string {
  const whole = dropZeroCents && Number.isInteger(value) ? "whole" : "exact";
  return moneyFormatter(locale, `${currency.toUpperCase()}|${whole}`).format(value);
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 86_400_000],
  ["month", 30 * 86_400_000],
  ["week", 7 * 86_400_000],
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
];

const relativeFormatter = cacheOf((locale) => new Intl.RelativeTimeFormat(INTL_TAGS[locale], { numeric: "auto" }));

/** "2 hours ago" / "il y a 2 heures", "yesterday" / "hier"; under a minute: "now" / "maintenant". */
export function formatRelativeTime(date: Date, now: Date, locale: Locale): string {
  const diff = date.getTime() - now.getTime();
  const format = relativeFormatter(locale, "");
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms) return format.format(Math.round(diff / ms), unit);
  }
  return format.format(0, "second");
}
