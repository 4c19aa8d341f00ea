import type { EmailMessage } from "./send-email";

/** The messages of a change of e-mail address, to the new address and to the old one. */
export function emailChangeEmails(o: { site: string; oldEmail: string | null; newEmail: string; minutes: number }) {
  const hours = Math.round(o.minutes / 60);
  return {
    proof: (confirmUrl: string): EmailMessage => ({
      to: o.newEmail,
      subject: `Confirm your new address for ${o.site}`,
      text: [
        `Hello,`,
        ``,
        `You asked to use this address for your account at ${o.site}. To confirm it, open:`,
        confirmUrl,
        ``,
        `Your address changes only when you confirm there. The link works once and expires in ${hours} hours.`,
        `If you did not ask for this, ignore this message.`,
      ].join("\n"),
    }),
    taken: (): EmailMessage => ({
      to: o.newEmail,
      subject: `Someone asked to use this address at ${o.site}`,
      text: [
        `Hello,`,
        ``,
        `Someone asked to move another account at ${o.site} to this address, but it already has an account, so nothing changed.`,
        `If it was you, sign in to the account this address already has instead. Otherwise, ignore this message.`,
      ].join("\n"),
    }),
    requested: (): EmailMessage => ({
      to: o.oldEmail ?? "",
      subject: `A change of address was asked for at ${o.site}`,
      text: [
        `Hello,`,
        ``,
        `Someone signed in to your account at ${o.site} asked to change its address to ${o.newEmail}.`,
        `Nothing changes unless the link sent to that address is opened.`,
        `If it was not you, sign in, change your password and sign out of your other devices on your account page.`,
      ].join("\n"),
    }),
    changed: (): EmailMessage => ({
      to: o.oldEmail ?? "",
      subject: `Your address at ${o.site} was changed`,
      text: [`Hello,`, ``, `The address of your account at ${o.site} is now ${o.newEmail}. This address will get no more messages about it.`, `If you did not ask for this, reply to this message at once.`].join("\n"),
    }),
  };
}
