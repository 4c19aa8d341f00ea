import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SimplePage } from "@/app/_components/simple-page";
import { safeReturnPath } from "@/lib/auth/credentials-schema";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.signInConfirm");
  return { title: t("title"), robots: { index: false } };
}

/*
 * Where the e-mailed link lands. Opening it signs nobody in (mail scanners open links);
 * the token is used only when the reader presses the button.
 */
export default async function ConfirmSignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const t = await getTranslations("account.signInConfirm");
  const token = typeof params.token === "string" ? params.token.slice(0, 100) : "";
  const email = typeof params.email === "string" ? params.email.slice(0, 254) : "";
  const callbackUrl = safeReturnPath(params.callbackUrl);
  return (
    <SimplePage title={t("title")}>
      {token && email ? (
        <form method="get" action="/api/auth/callback/email" className="stack-form">
          <p>{t.rich("question", { email, strong: (chunks) => <strong>{chunks}</strong> })}</p>
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="email" value={email} />
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <button className="button primary" type="submit">
            {t("submit")}
          </button>
        </form>
      ) : (
        <p>{t("incomplete")}</p>
      )}
    </SimplePage>
  );
}
