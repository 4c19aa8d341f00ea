import type { EmailMessage } from "./send-email";

/** The invitation to an organisation's seat, with the link the invitee follows once signed in. */
export function seatInvitationEmail(o: { site: string; organisation: string; to: string; url: string; days: number }): EmailMessage {
  return {
    to: o.to,
    subject: `${o.organisation} offers you a seat at ${o.site}`,
    text: [
      `Hello,`,
      ``,
      `${o.organisation} gives you access to ${o.site}. To take your seat, open this link and sign in with this address (${o.to}), or create a free account with it:`,
      o.url,
      ``,
      `The link works for ${o.days} days. If you did not expect it, ignore this message.`,
    ].join("\n"),
  };
}
