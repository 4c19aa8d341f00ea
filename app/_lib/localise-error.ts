import { getLocale } from "next-intl/server";
import type { ErrorWords } from "@/lib/errors";
import { errorBodyIn } from "@/lib/i18n/error-message";
import { toLocale } from "@/lib/i18n/locales";

/** A route's error answer in the site's language (lib/i18n/error-message); English when the language cannot be read. */
export async function localiseErrorBody<B extends { error: string; fieldErrors?: Record<string, string> }>(body: B, words?: ErrorWords): Promise<B> {
  const locale = toLocale(await getLocale().catch(() => "en"));
  return errorBodyIn(locale, body, words);
}
