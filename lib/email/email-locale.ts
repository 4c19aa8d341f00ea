import type { Database } from "@/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { getSiteIdentity } from "@/lib/settings/site-identity";

/** The language e-mails are written in: the site's interface language (admin → Site). */
export async function emailLocale(db: Database): Promise<Locale> {
  return (await getSiteIdentity(db)).language;
}
