import type { EmailMessage } from "./send-email";

/** The invitation to join the staff: the link proves the address, and works once. */
export function staffInvitationEmail(options: { to: string; siteName: string; role: string; link: string; days: number }): EmailMessage {
  return {
    to: options.to,
    subject: `You are invited to join ${options.siteName} as ${options.role}`,
    text: [
      `Hello,`,
      ``,
      `You are invited to join the newsroom of ${options.siteName} as ${options.role}.`,
      `Open this link, signed in (or signing in) with this address, to accept:`,
      options.link,
      ``,
      `The link works once and expires in ${options.days} days.`,
      `If you did not expect this invitation, you can ignore this message.`,
    ].join("\n"),
  };
}
