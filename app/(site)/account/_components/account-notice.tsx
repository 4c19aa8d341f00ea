import { getTranslations } from "next-intl/server";

/** What the last change on the account page did, from `?notice=` (set by the routes' redirects). */
const NOTICES = {
  name: "name",
  newsletters: "newsletters",
  password: "password",
  "password-reset": "passwordReset",
  "account-created": "accountCreated",
  subscribed: "subscribed",
  switched: "switched",
  "email-sent": "emailSent",
} as const;

export async function AccountNotice({ notice }: { notice: string | undefined }) {
  if (!notice || !Object.hasOwn(NOTICES, notice)) return null;
  const t = await getTranslations("account.account.notices");
  return (
    <p className="notice" role="status" data-testid="account-notice">
      {t(NOTICES[notice as keyof typeof NOTICES])}
    </p>
  );
}
