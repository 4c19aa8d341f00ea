import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { JsonForm } from "@/app/_components/json-form";
import { SimplePage } from "@/app/_components/simple-page";
import { safeReturnPath } from "@/lib/auth/credentials-schema";
import { enabledOAuthProviders } from "@/lib/auth/next-auth";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.signIn");
  return { title: t("title"), robots: { index: false } };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const t = await getTranslations("account");
  const callbackUrl = safeReturnPath(params.callbackUrl);
  const email = typeof params.email === "string" && params.email.length <= 254 ? params.email : undefined;
  const oauth = enabledOAuthProviders();
  const signUpHref = `/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`;
  return (
    <SimplePage title={t("signIn.title")}>
      {params.notice === "account-exists" && (
        <p className="notice" role="status" data-testid="account-exists">
          {t("signIn.accountExists")}
        </p>
      )}
      <p className="signup-callout">
        {t("signIn.newHere")}{" "}
        <Link className="button" href={signUpHref}>
          {t("signIn.createFree")}
        </Link>
      </p>
      <h2>{t("signIn.withLink")}</h2>
      <p>{t("signIn.withLinkIntro")}</p>
      <JsonForm id="email-link" action="/api/session/email-link" extra={{ callbackUrl }} submit={t("signIn.emailLinkSubmit")} fields={[{ name: "email", label: t("fields.email"), type: "email", autoComplete: "email", value: email }]} />
      <p className="divider">{t("signIn.or")}</p>
      <h2>{t("signIn.withPassword")}</h2>
      <JsonForm
        id="password"
        action="/api/session/password"
        extra={{ callbackUrl }}
        submit={t("signIn.submit")}
        fields={[
          { name: "email", label: t("fields.email"), type: "email", autoComplete: "email", value: email },
          { name: "password", label: t("fields.password"), type: "password", autoComplete: "current-password" },
        ]}
      />
      <p>
        <Link href="/forgot-password">{t("signIn.forgot")}</Link>
      </p>
      {oauth.length > 0 && (
        <>
          <p className="divider">{t("signIn.or")}</p>
          {oauth.map((p) => (
            <form key={p.id} method="post" action={`/api/auth/signin/${p.id}`}>
              <input type="hidden" name="callbackUrl" value={callbackUrl} />
              <button className="button" type="submit">
                {t("signIn.continueWith", { provider: p.name })}
              </button>
            </form>
          ))}
        </>
      )}
      <p>{t.rich("signIn.noAccount", { link: (chunks) => <Link href={signUpHref}>{chunks}</Link> })}</p>
    </SimplePage>
  );
}
