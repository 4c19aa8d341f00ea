import { createTranslator } from "use-intl/core";
import { CATALOGUES, type Namespace } from "./catalogue";
import type { Locale } from "./locales";

/**
 * A translator for code outside React's request (e-mails, feeds, lib functions that word
 * a sentence): `translator("fr", "email")("signIn.subject", { site })`. Pages use
 * next-intl's getTranslations / useTranslations over the same catalogues.
 */
export function translator<N extends Namespace>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: CATALOGUES[locale], namespace });
}
