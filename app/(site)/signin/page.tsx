import Link from "next/link";
import { JsonForm } from "@/app/_components/json-form";
import { SimplePage } from "@/app/_components/simple-page";
import { safeReturnPath } from "@/lib/auth/credentials-schema";
import { enabledOAuthProviders } from "@/lib/auth/next-auth";

export const metadata = { title: "Sign in", robots: { index: false } };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeReturnPath(params.callbackUrl);
  const email = typeof params.email === "string" && params.email.length <= 254 ? params.email : undefined;
  const oauth = enabledOAuthProviders();
  const signUpHref = `/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`;
  return (
    <SimplePage title="Sign in">
      {params.notice === "account-exists" && (
        <p className="notice" role="status" data-testid="account-exists">
          You already have an account with this address. Sign in to continue: the plan you chose is kept.
        </p>
      )}
      <p className="signup-callout">
        New here? <Link className="button" href={signUpHref}>Create a free account</Link>
      </p>
      <h2>With a link sent to your e-mail</h2>
      <p>We e-mail you a sign-in link and a code. New here? The same link creates your free account.</p>
      <JsonForm id="email-link" action="/api/session/email-link" extra={{ callbackUrl }} submit="E-mail me a sign-in link" fields={[{ name: "email", label: "E-mail", type: "email", autoComplete: "email", value: email }]} />
      <p className="divider">or</p>
      <h2>With your password</h2>
      <JsonForm
        id="password"
        action="/api/session/password"
        extra={{ callbackUrl }}
        submit="Sign in"
        fields={[
          { name: "email", label: "E-mail", type: "email", autoComplete: "email", value: email },
          { name: "password", label: "Password", type: "password", autoComplete: "current-password" },
        ]}
      />
      <p>
        <Link href="/forgot-password">Forgot password?</Link>
      </p>
      {oauth.length > 0 && (
        <>
          <p className="divider">or</p>
          {oauth.map((p) => (
            <form key={p.id} method="post" action={`/api/auth/signin/${p.id}`}>
              <input type="hidden" name="callbackUrl" value={callbackUrl} />
              <button className="button" type="submit">
                Continue with {p.name}
              </button>
            </form>
          ))}
        </>
      )}
      <p>
        No account yet? <Link href={signUpHref}>Create a free account with a password</Link>.
      </p>
    </SimplePage>
  );
}
