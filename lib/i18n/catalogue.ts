import enAccount from "./messages/en/account.json";
import enAdmin from "./messages/en/admin.json";
import enAdminPeople from "./messages/en/adminPeople.json";
import enCommon from "./messages/en/common.json";
import enEmail from "./messages/en/email.json";
import enErrors from "./messages/en/errors.json";
import enReader from "./messages/en/reader.json";
import frAccount from "./messages/fr/account.json";
import frAdmin from "./messages/fr/admin.json";
import frAdminPeople from "./messages/fr/adminPeople.json";
import frCommon from "./messages/fr/common.json";
import frEmail from "./messages/fr/email.json";
import frErrors from "./messages/fr/errors.json";
import frReader from "./messages/fr/reader.json";
import type { Locale } from "./locales";

/*
 * The message catalogues, one file per area and language (ICU message syntax: plurals,
 * selects, arguments). English is the reference: `Messages` is its shape, and
 * catalogue.test.ts holds every other language to the same keys and arguments.
 *   common  the site's chrome (header, menu, footer, badges, pagination)
 *   reader  articles, paywall, listings, search, feeds, error pages
 *   account sign-in and sign-up, account, subscribe, billing
 *   email   every e-mail Lede sends
 *   admin   the newsroom's tools: dashboard, articles and the editor, sections, access, authors, newsletters
 *   adminPeople  the newsroom's tools: members, organisations, plans, settings, site, webhooks, audit, staff
 *   errors  what lib/ answers to the newsroom's forms (and test checkout) when it refuses: fixed
 *           messages found by their English text, and messages with values carried as AppError words
 *           (lib/i18n/error-message); never sent to the browser
 */
const en = { common: enCommon, reader: enReader, account: enAccount, email: enEmail, admin: enAdmin, adminPeople: enAdminPeople, errors: enErrors };
export type Messages = typeof en;
export type Namespace = keyof Messages;

export const CATALOGUES: Record<Locale, Messages> = {
  en,
  fr: { common: frCommon, reader: frReader, account: frAccount, email: frEmail, admin: frAdmin, adminPeople: frAdminPeople, errors: frErrors } as Messages,
};

export function messagesFor(locale: Locale): Messages {
  return CATALOGUES[locale];
}
