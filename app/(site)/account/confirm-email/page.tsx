import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { JsonForm } from "@/app/_components/json-form";
import { SimplePage } from "@/app/_components/simple-page";
import { getDb } from "@/db/client";
import { isAccountTokenValid } from "@/lib/account/account-token";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.confirmEmail");
  return { title: t("title"), robots: { index: false }, referrer: "no-referrer" };
}
export const dynamic = "force-dynamic";

/** The page the new address's link opens: only its button changes the address. */
export default async function ConfirmEmailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  const t = await getTranslations("account.confirmEmail");
  if (query.changed === "1") {
    return (
      <SimplePage title={t("changedTitle")}>
        <p className="notice" role="status" data-testid="email-changed">
          {t.rich("changed", { link: (chunks) => <Link href="/account">{chunks}</Link> })}
        </p>
      </SimplePage>
    );
  }
  const token = query.token;
  const valid = typeof token === "string" && (await isAccountTokenValid(await getDb(), { token, kind: "email-change", now: new Date() }));
  return (
    <SimplePage title={t("title")}>
      {valid ? (
        <JsonForm id="confirm-email" action="/api/account/email/confirm" extra={{ token }} submit={t("submit")} fields={[]}>
          <p>{t("press")}</p>
        </JsonForm>
      ) : (
        <p className="form-error" role="alert">
          {t("expired")}
        </p>
      )}
    </SimplePage>
  );
}
