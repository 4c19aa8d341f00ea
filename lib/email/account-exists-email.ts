import type { EmailMessage } from "./send-email";

/**
 * Sent instead of an error when someone signs up with an address that already has an
 * account: the sign-up answers as for a new address (so it tells nobody which addresses
 * are members), and the owner learns of it here.
 */
export function accountExistsEmail(options: { to: string; siteName: string; signInUrl: string }): EmailMessage {
  return {
    to: options.to,
    subject: `You already have an account at ${options.siteName}`,
    text: [
      `Hello,`,
      ``,
      `Someone, perhaps you, just tried to create an account at ${options.siteName} with this address.`,
      `You already have one, so nothing was created and nothing changed. To sign in, open:`,
      options.signInUrl,
      ``,
      `and ask for a sign-in link or code (no password needed).`,
      `If it was not you, you can ignore this message.`,
    ].join("\n"),
  };
}
