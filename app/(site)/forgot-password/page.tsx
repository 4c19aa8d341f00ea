import Link from "next/link";
import { JsonForm } from "@/app/_components/json-form";
import { SimplePage } from "@/app/_components/simple-page";

export const metadata = { title: "Forgot your password?", robots: { index: false } };

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
export default async function ForgotPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const sent = (await searchParams).sent === "1";
  return (
    <SimplePage title="Forgot your password?">
      {sent ? (
        <p className="notice" role="status" data-testid="reset-sent">
          If an account has this address, we have e-mailed it a link to choose a new password. It works once, for 30 minutes. Nothing arrived? Check your spam folder, or{" "}
          <Link href="/forgot-password">ask again</Link>.
        </p>
      ) : (
        <>
          <p>Enter your account’s address: we e-mail you a link to choose a new password.</p>
          <JsonForm id="forgot-password" action="/api/session/password-reset" submit="E-mail me a reset link" fields={[{ name: "email", label: "E-mail", type: "email", autoComplete: "email" }]} />
        </>
      )}
      <p>
        Or <Link href="/signin">sign in with a link or code sent by e-mail</Link>, no password needed.
      </p>
    </SimplePage>
  );
}
