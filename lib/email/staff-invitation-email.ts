import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import type { EmailMessage } from "./send-email";

/** The invitation to join the staff: the link proves the address, and works once. In the site's language. */
export function staffInvitationEmail(options: { to: string; siteName: string; role: string; link: string; days: number; locale: Locale }): EmailMessage {
  const t = translator(options.locale, "email");
  const site = options.siteName;
  const role = t("staffInvitation.role", { role: options.role });
  return {
    to: options.to,
    subject: t("staffInvitation.subject", { site, role }),
    text: [t("hello"), ``, t("staffInvitation.invited", { site, role }), t("staffInvitation.openLink"), options.link, ``, t("staffInvitation.expires", { days: options.days }), t("staffInvitation.ignore")].join("\n"),
  };
}
