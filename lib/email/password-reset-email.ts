import type { EmailMessage } from "./send-email";

/** The "Forgot password?" message: a one-time link to choose a new password. */
export function passwordResetEmail(options: { to: string; siteName: string; resetUrl: string; minutes: number; hadPassword: boolean }): EmailMessage {
  return {
    to: options.to,
    subject: `Reset your password for ${options.siteName}`,
    text: [
      `Hello,`,
      ``,
      options.hadPassword ? `To choose a new password for ${options.siteName}, open this link:` : `Your account at ${options.siteName} has no password at the moment. To set one, open this link:`,
      options.resetUrl,
      ``,
      `The link works once and expires in ${options.minutes} minutes. Choosing a password there signs you out everywhere else.`,
      `If you did not ask for this, ignore this message: your password stays as it is.`,
    ].join("\n"),
  };
}
