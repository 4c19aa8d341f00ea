import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import type { EmailMessage } from "./send-email";

/** The "Forgot password?" message: a one-time link to choose a new password, in the site's language. */
export function passwordResetEmail(options: { to: string; siteName: string; resetUrl: string; minutes: number; hadPassword: boolean; locale: Locale }): EmailMessage {
  const t = translator(options.locale, "email");
  const site = options.siteName;
  return {
    to: options.to,
    subject: t("passwordReset.subject", { site }),
    text: [
      t("hello"),
      ``,
      options.hadPassword ? t("passwordReset.openLink", { site }) : t("passwordReset.noPassword", { site }),
      options.resetUrl,
      ``,
      t("passwordReset.expires", { minutes: options.minutes }),
      t("passwordReset.ignore"),
    ].join("\n"),
  };
}
