/** What the last change on the account page did, from `?notice=` (set by the routes' redirects). */
const NOTICES: Record<string, string> = {
  name: "Your name is changed.",
  newsletters: "Your newsletters are saved.",
  password: "Your password is changed, and your other devices are signed out.",
  "password-reset": "Your new password is set. You are signed in here and signed out everywhere else.",
  "account-created": "Your account is created. Welcome!",
  subscribed: "Thank you! Your subscription is active: it shows below (if not yet, reload in a few seconds).",
  switched: "Your plan is switched. The amount due today was charged; your new plan shows below.",
  "email-sent": "We sent a link to your new address. Your address changes when you open it; until then, nothing changes.",
};

export function AccountNotice({ notice }: { notice: string | undefined }) {
  const text = notice ? NOTICES[notice] : undefined;
  if (!text) return null;
  return (
    <p className="notice" role="status" data-testid="account-notice">
      {text}
    </p>
  );
}
