import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import type { EmailMessage } from "./send-email";

/**
 * Sent instead of an error when someone signs up with an address that already has an
 * account: the sign-up answers as for a new address (so it tells nobody which addresses
 * are members), and the owner learns of it here.
 */
export function accountExistsEmail(options: { to: string; siteName: string; signInUrl: string; locale: Locale }): EmailMessage {
  const t = translator(options.locale, "email");
  const site = options.siteName;
  return {
    to: options.to,
    subject: t("accountExists.subject", { site }),
    text: [t("hello"), ``, t("accountExists.tried", { site }), t("accountExists.already"), options.signInUrl, ``, t("accountExists.askLink"), t("accountExists.ignore")].join("\n"),
  };
}
