import Link from "next/link";
import { JsonForm } from "@/app/_components/json-form";
import { SimplePage } from "@/app/_components/simple-page";
import { getDb } from "@/db/client";
import { isAccountTokenValid } from "@/lib/account/account-token";
import { EXPIRED_EMAIL_LINK } from "@/lib/account/confirm-email-change";

export const metadata = { title: "Confirm your new address", robots: { index: false }, referrer: "no-referrer" };
export const dynamic = "force-dynamic";

/** The page the new address's link opens: only its button changes the address. */
export default async function ConfirmEmailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  if (query.changed === "1") {
    return (
      <SimplePage title="Your address is changed">
        <p className="notice" role="status" data-testid="email-changed">
          Your account now uses this address. <Link href="/account">Go to your account</Link>.
        </p>
      </SimplePage>
    );
  }
  const token = query.token;
  const valid = typeof token === "string" && (await isAccountTokenValid(await getDb(), { token, kind: "email-change", now: new Date() }));
  return (
    <SimplePage title="Confirm your new address">
      {valid ? (
        <JsonForm id="confirm-email" action="/api/account/email/confirm" extra={{ token }} submit="Use this address" fields={[]}>
          <p>Press the button to make this address your account’s.</p>
        </JsonForm>
      ) : (
        <p className="form-error" role="alert">
          {EXPIRED_EMAIL_LINK}
        </p>
      )}
    </SimplePage>
  );
}
