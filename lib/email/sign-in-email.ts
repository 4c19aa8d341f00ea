import type { EmailMessage } from "./send-email";

/**
 * The sign-in message: a link to a confirmation page (a GET never signs in, so link
 * scanners cannot use up the token) and the same token as a code to type.
 */
export function signInEmail(options: { to: string; siteName: string; confirmUrl: string; code: string; minutes: number; dropsPassword?: boolean }): EmailMessage {
  return {
    to: options.to,
    subject: `Your sign-in link for ${options.siteName}`,
    text: [
      `Hello,`,
      ``,
      `Open this link to sign in to ${options.siteName}:`,
      options.confirmUrl,
      ``,
      `Or type this code on the sign-in page: ${options.code}`,
      ``,
      `The link and the code work once and expire in ${options.minutes} minutes.`,
      ...(options.dropsPassword
        ? [
            ``,
            `Please note: this is the first time this address is proved for your account, so the password set on it before is removed when you sign in`,
            `(someone else could have chosen it). Your account page then offers to set a new password.`,
          ]
        : []),
      `If you did not ask to sign in, you can ignore this message.`,
    ].join("\n"),
  };
}
