import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import type { ErrorWords } from "@/lib/errors";
import { CATALOGUES } from "./catalogue";
import type { Locale } from "./locales";
import { translator } from "./translator";

type AccountKey = keyof (typeof CATALOGUES)["en"]["account"]["errors"];
type NewsroomKey = keyof (typeof CATALOGUES)["en"]["errors"]["fixed"];
type AccountWordsKey = keyof (typeof CATALOGUES)["en"]["account"]["errorsWithValues"];
type NewsroomWordsKey = keyof (typeof CATALOGUES)["en"]["errors"]["withValues"];

/** The values a fixed message is written with (the password's length limits): the same in every language. */
const CONSTANTS = { min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_LENGTH };

/*
 * lib words the errors readers and editors see in English (AppError messages, validation
 * messages). Each fixed one is in a catalogue (account.errors for readers' forms, errors.fixed
 * for the newsroom's), found by its English text, so a route's answer can be given in the site's
 * language; a message with values carries its catalogue entry (AppError's `words` and
 * `fieldWords`). A message no catalogue holds stays as lib wrote it.
 */
type Found = { area: "account"; key: AccountKey } | { area: "errors"; key: NewsroomKey };
let byEnglishText: Map<string, Found> | null = null;
function keyOf(message: string): Found | undefined {
  if (!byEnglishText) {
    byEnglishText = new Map();
    const newsroom = translator("en", "errors");
    for (const key of Object.keys(CATALOGUES.en.errors.fixed) as NewsroomKey[]) byEnglishText.set(newsroom(`fixed.${key}`), { area: "errors", key });
    // Readers' messages win where both hold a text (the same words).
    const account = translator("en", "account");
    for (const key of Object.keys(CATALOGUES.en.account.errors) as AccountKey[]) byEnglishText.set(account(`errors.${key}`, CONSTANTS), { area: "account", key });
  }
  return byEnglishText.get(message);
}

const isAccountWords = (key: ErrorWords["key"]): key is AccountWordsKey => key in CATALOGUES.en.account.errorsWithValues;

/** A message with values (AppError words) in `locale`. */
export function wordsIn(locale: Locale, words: ErrorWords): string {
  if (isAccountWords(words.key)) return translator(locale, "account")(`errorsWithValues.${words.key}`, words.values);
  return translator(locale, "errors")(`withValues.${words.key as NewsroomWordsKey}`, words.values);
}

/** An error message lib wrote in English, in `locale`. */
export function errorMessageIn(locale: Locale, message: string, words?: ErrorWords): string {
  if (locale === "en") return message;
  if (words) return wordsIn(locale, words);
  const found = keyOf(message);
  if (!found) return message;
  return found.area === "account" ? translator(locale, "account")(`errors.${found.key}`, CONSTANTS) : translator(locale, "errors")(`fixed.${found.key}`);
}

/** A route's error answer (`error` and any `fieldErrors`, with their words by field) in `locale`. */
export function errorBodyIn<B extends { error: string; fieldErrors?: Record<string, string> }>(locale: Locale, body: B, words?: ErrorWords, fieldWords: Record<string, ErrorWords> = {}): B {
  if (locale === "en") return body;
  return {
    ...body,
    error: errorMessageIn(locale, body.error, words),
    ...(body.fieldErrors ? { fieldErrors: Object.fromEntries(Object.entries(body.fieldErrors).map(([field, message]) => [field, errorMessageIn(locale, message, fieldWords[field])])) } : {}),
  };
}
