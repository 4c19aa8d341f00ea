import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { JsonForm } from "@/app/_components/json-form";
import { NewsletterChoices } from "@/app/_components/newsletter-choices";
import { SimplePage } from "@/app/_components/simple-page";
import { getDb } from "@/db/client";
import { listMemberNewsletters } from "@/lib/newsletters/member-newsletters";
import { safeReturnPath } from "@/lib/auth/credentials-schema";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.signUp");
  return { title: t("title"), robots: { index: false } };
}

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const t = await getTranslations("account");
  const callbackUrl = safeReturnPath(params.callbackUrl);
  // The article whose paywall (or gift link) the reader came from: its conversion (lib/billing/attribution).
  const carry = Object.fromEntries((["from", "gift"] as const).flatMap((k) => (typeof params[k] === "string" && params[k].length <= 200 ? [[k, params[k]]] : [])));
  const newsletters = await listMemberNewsletters(await getDb(), null);
  return (
    <SimplePage title={t("signUp.title")}>
      <p>{t("signUp.intro")}</p>
      <JsonForm
        id="signup"
        action="/api/session/signup"
        extra={{ callbackUrl, ...carry }}
        submit={t("signUp.submit")}
        fields={[
          { name: "name", label: t("fields.name"), autoComplete: "name" },
          { name: "email", label: t("fields.email"), type: "email", autoComplete: "email" },
          { name: "password", label: t("signUp.password", { min: MIN_PASSWORD_LENGTH }), type: "password", autoComplete: "new-password" },
        ]}
      >
        {newsletters.length > 0 && <NewsletterChoices newsletters={newsletters} />}
      </JsonForm>
      <p>{t.rich("signUp.noPassword", { link: (chunks) => <Link href={`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`}>{chunks}</Link> })}</p>
    </SimplePage>
  );
}
