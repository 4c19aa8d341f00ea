import { getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import Link from "next/link";
import { articleMetadata } from "@/app/_components/article-metadata";
import { ArticlePage } from "@/app/_components/article-page";
import { loadArticleForRequest } from "@/app/_lib/load-article-for-request";
import { currentLocale } from "@/app/_lib/locale";
import { currentMember } from "@/lib/auth/current-member-next";
import { ActivationRefresher } from "@/app/_components/activation-refresher";

/*
 * The per-viewer article, for requests that carry a session cookie (rewritten here from
 * /articles/[slug]). Rendered per request after the access decision; never cached.
 */
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Shared with the page below through a per-request cache: one load, not two.
  const data = await loadArticleForRequest((await params).slug, false);
  return data ? { ...articleMetadata(data.view, await currentLocale()), robots: { index: false } } : {};
}

export default async function MemberArticlePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const member = await currentMember();
  const query = await searchParams;
  const afterCheckout = query.checkout === "success";
  const accountCreated = query.account === "created";
  const t = await getTranslations("reader");
  const notice = !member ? (
    <p className="notice" role="status">
      {t.rich("banners.sessionEnded", { signIn: (chunks) => <Link href={`/signin?callbackUrl=/articles/${slug}`}>{chunks}</Link> })}
    </p>
  ) : afterCheckout ? (
    <CheckoutNotice
      accountCreated={accountCreated}
      words={{ created: t("memberArticle.accountCreated"), reload: t("memberArticle.reload"), activating: t("memberArticle.activating") }}
    />
  ) : accountCreated ? (
    <p className="notice" role="status" data-testid="account-created">
      {member.name ? t("memberArticle.welcomeName", { name: member.name }) : t("memberArticle.welcome")}
    </p>
  ) : undefined;
  return <ArticlePage slug={slug} member={member} notice={notice} />;
}

/**
 * After checkout the reader may arrive before Stripe's webhook: the page says so and
 * reloads until the subscription is active (the notice disappears once the text shows).
 */
function CheckoutNotice({ accountCreated, words }: { accountCreated: boolean; words: { created: string; reload: string; activating: string } }) {
  return (
    <div className="notice checkout-notice" role="status">
      {accountCreated && <p data-testid="account-created">{words.created}</p>}
      <noscript>{words.reload}</noscript>
      <p data-activating>{words.activating}</p>
      <ActivationRefresher />
    </div>
  );
}
