import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { JsonForm } from "@/app/_components/json-form";
import { SimplePage } from "@/app/_components/simple-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.forgotPassword");
  return { title: t("title"), robots: { index: false } };
}

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
export default async function ForgotPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const sent = (await searchParams).sent === "1";
  const t = await getTranslations("account");
  return (
    <SimplePage title={t("forgotPassword.title")}>
      {sent ? (
        <p className="notice" role="status" data-testid="reset-sent">
          {t.rich("forgotPassword.sent", { link: (chunks) => <Link href="/forgot-password">{chunks}</Link> })}
        </p>
      ) : (
        <>
          <p>{t("forgotPassword.intro")}</p>
          <JsonForm id="forgot-password" action="/api/session/password-reset" submit={t("forgotPassword.submit")} fields={[{ name: "email", label: t("fields.email"), type: "email", autoComplete: "email" }]} />
        </>
      )}
      <p>{t.rich("forgotPassword.orSignIn", { link: (chunks) => <Link href="/signin">{chunks}</Link> })}</p>
    </SimplePage>
  );
}
