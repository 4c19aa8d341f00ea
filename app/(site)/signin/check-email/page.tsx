import { SimplePage } from "@/app/_components/simple-page";
import { safeReturnPath } from "@/lib/auth/credentials-schema";

export const metadata = { title: "Check your e-mail", robots: { index: false } };

/** After asking for a link: the code from the same e-mail can be typed here instead. */
export default async function CheckEmailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const email = typeof params.email === "string" ? params.email.slice(0, 254) : "";
  const callbackUrl = safeReturnPath(params.callbackUrl);
  return (
    <SimplePage title="Check your e-mail">
      <p>
        We sent a sign-in link and a code{email ? <> to <strong>{email}</strong></> : null}. Open the link, or type the code here.
      </p>
      <form method="get" action="/api/auth/callback/email" className="stack-form">
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <div className="field">
          <label htmlFor="code-email">E-mail</label>
          <input id="code-email" name="email" type="email" defaultValue={email} required autoComplete="email" />
        </div>
        <div className="field">
          <label htmlFor="code-token">Code</label>
          <input id="code-token" name="token" required autoComplete="one-time-code" placeholder="ABCD-EFGH" maxLength={20} />
        </div>
        <button className="button primary" type="submit">
          Sign in with the code
        </button>
      </form>
    </SimplePage>
  );
}
