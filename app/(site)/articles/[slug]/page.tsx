import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { articleMetadata } from "@/app/_components/article-metadata";
import { ArticlePageView } from "@/app/_components/article-view";
import { JsonLd } from "@/app/_components/json-ld";
import { PaywallBox } from "@/app/_components/paywall-box";
import { getDb } from "@/db/client";
import { decideAccess } from "@/lib/access/decide-access";
import { ANONYMOUS } from "@/lib/access/types";
import { articleStructuredData } from "@/lib/articles/article-structured-data";
import { getArticle } from "@/lib/articles/get-article";
import { loadArticlePage } from "@/lib/articles/load-article-page";
import { loadGatedHtml } from "@/lib/articles/load-gated-html";
import { siteConfig } from "@/lib/site-config";

/*
 * The anonymous view: rendered once into the shared cache (no cookies read here).
 * Requests carrying a session cookie are rewritten to /m/articles/[slug] before they
 * reach this route, so the cached copy only ever holds what anonymous may read.
 */
export const revalidate = 300;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const view = await getArticle(await getDb(), (await params).slug, { now: new Date() });
  return view ? articleMetadata(view) : {};
}

export default async function AnonymousArticlePage({ params }: Props) {
  const { slug } = await params;
  const db = await getDb();
  const now = new Date();
  const data = await loadArticlePage(db, slug, { now });
  if (!data) notFound();
  const { view } = data;
  const decision = decideAccess(ANONYMOUS, view.requirement, { now, isPublished: view.isPublished, isOwnArticle: false });
  const gated = decision.allowed
    ? ({ kind: "full", html: await loadGatedHtml(db, view.id) } as const)
    : ({
        kind: "paywall",
        box: <PaywallBox requirement={view.requirement} decision={decision} levelLabels={data.settings.levelLabels} returnTo={`/articles/${view.slug}`} />,
      } as const);
  return (
    <>
      <JsonLd data={articleStructuredData(view, { siteName: siteConfig.name, siteUrl: siteConfig.url })} />
      <ArticlePageView view={view} sections={data.sections} readAlso={data.readAlso} gated={gated} />
    </>
  );
}
