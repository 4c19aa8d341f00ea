import { formatDate as formatLocaleDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

/** "9 December 2026" / "9 décembre 2026", as Brussels sees the day (lib/i18n/format). */
export function formatDate(date: Date, locale: Locale = "en"): string {
  return formatLocaleDate(date, locale, "long");
}
