import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import type { EmailMessage } from "./send-email";

/**
 * The sign-in message: a link to a confirmation page (a GET never signs in, so link
 * scanners cannot use up the token) and the same token as a code to type. In the site's language.
 */
export function signInEmail(options: { to: string; siteName: string; confirmUrl: string; code: string; minutes: number; dropsPassword?: boolean; locale: Locale }): EmailMessage {
  const t = translator(options.locale, "email");
  const site = options.siteName;
  return {
    to: options.to,
    subject: t("signIn.subject", { site }),
    text: [
      t("hello"),
      ``,
      t("signIn.openLink", { site }),
      options.confirmUrl,
      ``,
      t("signIn.orCode", { code: options.code }),
      ``,
      t("signIn.expires", { minutes: options.minutes }),
      ...(options.dropsPassword ? [``, t("signIn.dropsPassword1"), t("signIn.dropsPassword2")] : []),
      t("signIn.ignore"),
    ].join("\n"),
  };
}
