import Link from "next/link";
import { JsonForm } from "@/app/_components/json-form";
import { SimplePage } from "@/app/_components/simple-page";
import { getDb } from "@/db/client";
import { isAccountTokenValid } from "@/lib/account/account-token";
import { EXPIRED_RESET_LINK } from "@/lib/account/reset-password";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";

export const metadata = { title: "Choose a new password", robots: { index: false }, referrer: "no-referrer" };
export const dynamic = "force-dynamic";

/** The page a reset link opens: it changes nothing until the form is sent (link scanners open links too). */
export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const token = (await searchParams).token;
  const valid = typeof token === "string" && (await isAccountTokenValid(await getDb(), { token, kind: "password-reset", now: new Date() }));
  return (
    <SimplePage title="Choose a new password">
      {valid ? (
        <JsonForm
          id="reset-password"
          action="/api/session/password-reset/confirm"
          extra={{ token }}
          submit="Set password and sign in"
          fields={[{ name: "password", label: `New password (at least ${MIN_PASSWORD_LENGTH} characters)`, type: "password", autoComplete: "new-password" }]}
        />
      ) : (
        <p className="form-error" role="alert">
          {EXPIRED_RESET_LINK} <Link href="/forgot-password">Ask for a new link</Link>.
        </p>
      )}
    </SimplePage>
  );
}
