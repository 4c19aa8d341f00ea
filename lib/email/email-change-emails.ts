import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import type { EmailMessage } from "./send-email";

/** The messages of a change of e-mail address, to the new address and to the old one, in the site's language. */
export function emailChangeEmails(o: { site: string; oldEmail: string | null; newEmail: string; minutes: number; locale: Locale }) {
  const t = translator(o.locale, "email");
  const hours = Math.round(o.minutes / 60);
  const { site, newEmail } = o;
  return {
    proof: (confirmUrl: string): EmailMessage => ({
      to: o.newEmail,
      subject: t("emailChange.proof.subject", { site }),
      text: [t("hello"), ``, t("emailChange.proof.asked", { site }), confirmUrl, ``, t("emailChange.proof.expires", { hours }), t("emailChange.proof.ignore")].join("\n"),
    }),
    taken: (): EmailMessage => ({
      to: o.newEmail,
      subject: t("emailChange.taken.subject", { site }),
      text: [t("hello"), ``, t("emailChange.taken.asked", { site }), t("emailChange.taken.ifYou")].join("\n"),
    }),
    requested: (): EmailMessage => ({
      to: o.oldEmail ?? "",
      subject: t("emailChange.requested.subject", { site }),
      text: [t("hello"), ``, t("emailChange.requested.asked", { site, newEmail }), t("emailChange.requested.nothing"), t("emailChange.requested.ifNotYou")].join("\n"),
    }),
    changed: (): EmailMessage => ({
      to: o.oldEmail ?? "",
      subject: t("emailChange.changed.subject", { site }),
      text: [t("hello"), ``, t("emailChange.changed.now", { site, newEmail }), t("emailChange.changed.ifNotYou")].join("\n"),
    }),
  };
}
