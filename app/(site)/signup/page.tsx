import Link from "next/link";
import { JsonForm } from "@/app/_components/json-form";
import { NewsletterChoices } from "@/app/_components/newsletter-choices";
import { SimplePage } from "@/app/_components/simple-page";
import { getDb } from "@/db/client";
import { listMemberNewsletters } from "@/lib/newsletters/member-newsletters";
import { safeReturnPath } from "@/lib/auth/credentials-schema";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";

export const metadata = { title: "Create a free account", robots: { index: false } };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeReturnPath(params.callbackUrl);
  // The article whose paywall (or gift link) the reader came from: its conversion (lib/billing/attribution).
  const carry = Object.fromEntries((["from", "gift"] as const).flatMap((k) => (typeof params[k] === "string" && params[k].length <= 200 ? [[k, params[k]]] : [])));
  const newsletters = await listMemberNewsletters(await getDb(), null);
  return (
    <SimplePage title="Create a free account">
      <p>A free account (level 0) reads everything marked for registered readers. You can subscribe later.</p>
      <JsonForm
        id="signup"
        action="/api/session/signup"
        extra={{ callbackUrl, ...carry }}
        submit="Create account"
        fields={[
          { name: "name", label: "Name", autoComplete: "name" },
          { name: "email", label: "E-mail", type: "email", autoComplete: "email" },
          { name: "password", label: `Password (at least ${MIN_PASSWORD_LENGTH} characters)`, type: "password", autoComplete: "new-password" },
        ]}
      >
        {newsletters.length > 0 && <NewsletterChoices newsletters={newsletters} />}
      </JsonForm>
      <p>
        Prefer no password? <Link href={`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`}>Get a sign-in link by e-mail</Link>.
      </p>
    </SimplePage>
  );
}
