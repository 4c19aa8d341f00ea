import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import type { ErrorWords } from "@/lib/errors";
import { CATALOGUES } from "./catalogue";
import type { Locale } from "./locales";
import { translator } from "./translator";

type ErrorKey = keyof (typeof CATALOGUES)["en"]["account"]["errors"];

/** The values a fixed message is written with (the password's length limits): the same in every language. */
const CONSTANTS = { min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_LENGTH };

/*
 * lib words the errors readers see in English (AppError messages, validation messages). Each
 * fixed one is in the catalogue (account.errors), found by its English text, so a route's
 * answer can be given in the site's language; a message with values carries its catalogue
 * entry (AppError's `words`). A message the catalogue does not hold stays as lib wrote it.
 */
let byEnglishText: Map<string, ErrorKey> | null = null;
function keyOf(message: string): ErrorKey | undefined {
  if (!byEnglishText) {
    const t = translator("en", "account");
    const keys = Object.keys(CATALOGUES.en.account.errors) as ErrorKey[];
    byEnglishText = new Map(keys.map((key) => [t(`errors.${key}`, CONSTANTS), key]));
  }
  return byEnglishText.get(message);
}

/** An error message lib wrote in English, in `locale`. */
export function errorMessageIn(locale: Locale, message: string, words?: ErrorWords): string {
  if (locale === "en") return message;
  const t = translator(locale, "account");
  if (words) return t(`errorsWithValues.${words.key}`, words.values);
  const key = keyOf(message);
  return key ? t(`errors.${key}`, CONSTANTS) : message;
}

/** A route's error answer (`error` and any `fieldErrors`) in `locale`. */
export function errorBodyIn<B extends { error: string; fieldErrors?: Record<string, string> }>(locale: Locale, body: B, words?: ErrorWords): B {
  if (locale === "en") return body;
  return {
    ...body,
    error: errorMessageIn(locale, body.error, words),
    ...(body.fieldErrors ? { fieldErrors: Object.fromEntries(Object.entries(body.fieldErrors).map(([field, message]) => [field, errorMessageIn(locale, message)])) } : {}),
  };
}
