/** The languages Lede's interface speaks. A newsroom picks one for its site (admin → Site). */
export const LOCALES = ["en", "fr"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Each language's own name, as a language menu shows it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", fr: "Français" };

/**
 * The BCP 47 tag Intl formats with: British English (day before month, "9 December 2026"),
 * French ("9 décembre 2026", "9,00 €").
 */
export const INTL_TAGS: Record<Locale, string> = { en: "en-GB", fr: "fr-FR" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** A stored or configured value as a locale, or the default when it is not one. */
export function toLocale(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}
