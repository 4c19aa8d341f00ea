import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { SimplePage } from "@/app/_components/simple-page";
import { getDb } from "@/db/client";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { newsletterName, parseUnsubscribeLink } from "@/lib/newsletters/unsubscribe-with-token";
import { localiseErrorMessage } from "@/app/_lib/localise-error";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reader.unsubscribe"))("title"), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Where an e-mail's "Unsubscribe" link leads, signed in or not: it asks first (a GET never
 * changes anything, so link scanners cannot unsubscribe anyone), then posts to the
 * one-click endpoint; a plain HTML form, so it works without JavaScript.
 */
export default async function UnsubscribePage({ searchParams }: Props) {
  const raw = await searchParams;
  const params = new URLSearchParams(Object.entries(raw).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : [])));
  const t = await getTranslations("reader.unsubscribe");
  let name: string | null = null;
  let problem: string | null = null;
  try {
    const link = parseUnsubscribeLink(params, env().AUTH_SECRET ?? "");
    name = await newsletterName(await getDb(), link.newsletterId);
    if (name === null) problem = t("gone");
  } catch (e) {
    if (!isAppError(e)) throw e;
    problem = await localiseErrorMessage(e.message, e.words);
  }
  const action = `/api/newsletters/unsubscribe?${new URLSearchParams({ u: params.get("u") ?? "", n: params.get("n") ?? "", t: params.get("t") ?? "" })}`;
  return (
    <SimplePage title={t("title")}>
      {problem ? (
        <p className="form-error" role="alert">
          {problem}
        </p>
      ) : raw.done ? (
        <p className="notice" role="status" data-testid="unsubscribed">
          {t("done", { name: name ?? "" })}
        </p>
      ) : (
        <form method="post" action={action} className="stack-form">
          <p>{t("ask", { name: name ?? "" })}</p>
          <button className="button primary" type="submit">
            {t("submit")}
          </button>
        </form>
      )}
      <p>
        {t.rich("elsewhere", { account: (chunks) => <Link href="/account">{chunks}</Link> })}
      </p>
    </SimplePage>
  );
}
