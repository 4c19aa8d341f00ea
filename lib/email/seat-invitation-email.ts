import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import type { EmailMessage } from "./send-email";

/** The invitation to an organisation's seat, with the link the invitee follows once signed in; in the site's language. */
export function seatInvitationEmail(o: { site: string; organisation: string; to: string; url: string; days: number; locale: Locale }): EmailMessage {
  const t = translator(o.locale, "email");
  const { site, organisation } = o;
  return {
    to: o.to,
    subject: t("seatInvitation.subject", { organisation, site }),
    text: [t("hello"), ``, t("seatInvitation.gives", { organisation, site, to: o.to }), o.url, ``, t("seatInvitation.expires", { days: o.days })].join("\n"),
  };
}
