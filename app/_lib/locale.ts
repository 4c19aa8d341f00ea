import { getLocale } from "next-intl/server";
import { toLocale, type Locale } from "@/lib/i18n/locales";

/** The site's language for this render, typed as lib/i18n's Locale (for lib's formatters). */
export async function currentLocale(): Promise<Locale> {
  return toLocale(await getLocale());
}
