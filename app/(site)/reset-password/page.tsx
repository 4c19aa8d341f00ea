import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { JsonForm } from "@/app/_components/json-form";
import { SimplePage } from "@/app/_components/simple-page";
import { getDb } from "@/db/client";
import { isAccountTokenValid } from "@/lib/account/account-token";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.resetPassword");
  return { title: t("title"), robots: { index: false }, referrer: "no-referrer" };
}
export const dynamic = "force-dynamic";

/** The page a reset link opens: it changes nothing until the form is sent (link scanners open links too). */
export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const token = (await searchParams).token;
  const t = await getTranslations("account");
  const valid = typeof token === "string" && (await isAccountTokenValid(await getDb(), { token, kind: "password-reset", now: new Date() }));
  return (
    <SimplePage title={t("resetPassword.title")}>
      {valid ? (
        <JsonForm
          id="reset-password"
          action="/api/session/password-reset/confirm"
          extra={{ token }}
          submit={t("resetPassword.submit")}
          fields={[{ name: "password", label: t("fields.newPassword", { min: MIN_PASSWORD_LENGTH }), type: "password", autoComplete: "new-password" }]}
        />
      ) : (
        <p className="form-error" role="alert">
          {t("resetPassword.expired")} <Link href="/forgot-password">{t("resetPassword.askNew")}</Link>.
        </p>
      )}
    </SimplePage>
  );
}
