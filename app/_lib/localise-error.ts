import { getLocale } from "next-intl/server";
import type { ErrorWords } from "@/lib/errors";
import { errorBodyIn, errorMessageIn } from "@/lib/i18n/error-message";
import { toLocale, type Locale } from "@/lib/i18n/locales";

const siteLocale = async (): Promise<Locale> => toLocale(await getLocale().catch(() => "en"));

/** A route's error answer in the site's language (lib/i18n/error-message); English when the language cannot be read. */
export async function localiseErrorBody<B extends { error: string; fieldErrors?: Record<string, string> }>(body: B, words?: ErrorWords, fieldWords?: Record<string, ErrorWords>): Promise<B> {
  return errorBodyIn(await siteLocale(), body, words, fieldWords);
}

/** One error message in the site's language. */
export async function localiseErrorMessage(message: string, words?: ErrorWords): Promise<string> {
  return errorMessageIn(await siteLocale(), message, words);
}
