import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SimplePage } from "@/app/_components/simple-page";
import { safeReturnPath } from "@/lib/auth/credentials-schema";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.checkEmail");
  return { title: t("title"), robots: { index: false } };
}

/** After asking for a link: the code from the same e-mail can be typed here instead. */
export default async function CheckEmailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const t = await getTranslations("account");
  const email = typeof params.email === "string" ? params.email.slice(0, 254) : "";
  const callbackUrl = safeReturnPath(params.callbackUrl);
  return (
    <SimplePage title={t("checkEmail.title")}>
      <p>{email ? t.rich("checkEmail.sentTo", { email, strong: (chunks) => <strong>{chunks}</strong> }) : t("checkEmail.sent")}</p>
      <form method="get" action="/api/auth/callback/email" className="stack-form">
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <div className="field">
          <label htmlFor="code-email">{t("fields.email")}</label>
          <input id="code-email" name="email" type="email" defaultValue={email} required autoComplete="email" />
        </div>
        <div className="field">
          <label htmlFor="code-token">{t("checkEmail.code")}</label>
          <input id="code-token" name="token" required autoComplete="one-time-code" placeholder="ABCD-EFGH" maxLength={20} />
        </div>
        <button className="button primary" type="submit">
          {t("checkEmail.submit")}
        </button>
      </form>
    </SimplePage>
  );
}
