import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { decideAccess } from "@/lib/access/decide-access";
import { ANONYMOUS } from "@/lib/access/types";
import { articleStructuredData } from "@/lib/articles/article-structured-data";
import { recordOrganisationRead } from "@/lib/access/organisation/record-organisation-read";
import { loadGatedHtml } from "@/lib/articles/load-gated-html";
import { renderArticleRest } from "@/lib/articles/render-article-rest";
import { offerForPaywall } from "@/lib/billing/offer/offer-for-paywall";
import type { SignedInMember } from "@/lib/auth/load-viewer";
import { siteConfig } from "@/lib/site-config";
import { loadArticleForRequest } from "@/app/_lib/load-article-for-request";
import { currentLocale } from "@/app/_lib/locale";
import { ArticlePageView } from "./article-view";
import { JsonLd } from "./json-ld";

/**
 * Load, decide, render: the article for one viewer. The gated part is read from the
 * database only after decideAccess allowed it.
 */
export async function ArticlePage(props: { slug: string; member: SignedInMember | null; notice?: ReactNode }) {
  const { slug, member } = props;
  const db = await getDb();
  const now = new Date();
  const isStaffOrAuthor = member !== null && member.viewer.role !== "reader";
  const data = await loadArticleForRequest(slug, isStaffOrAuthor);
  if (!data) notFound();
  const { view } = data;
  const viewer = member?.viewer ?? ANONYMOUS;
  const isOwnArticle = member !== null && view.authors.some((a) => a.userId === member.viewer.id);
  const decision = decideAccess(viewer, view.requirement, { now, isPublished: view.isPublished, isOwnArticle });
  if (!view.isPublished && !decision.allowed) notFound();
  // A member reading through their organisation (domain or seat): counted in its usage.
  if (decision.institution) await recordOrganisationRead(db, { organisationId: decision.institution.id, articleId: view.id, via: decision.institution.via, now });

  const locale = await currentLocale();
  const restHtml = renderArticleRest(
    decision.allowed
      ? { kind: "full", gatedHtml: await loadGatedHtml(db, view.id) }
      : { kind: "paywall", ...offerForPaywall(viewer, view.requirement, decision, data.offers, { now, locale }) },
    {
      slug: view.slug,
      locale,
      personalised: member !== null,
      meterMayOpen: (member ? data.settings.meterMembers : data.settings.meterAnonymous) > 0,
      giftable: member !== null && (decision.reason === "level" || decision.reason === "complimentary"),
    },
  );
  return (
    <>
      <JsonLd data={articleStructuredData(view, { siteName: siteConfig.name, siteUrl: siteConfig.url, siteLanguage: locale })} />
      <ArticlePageView view={view} readAlso={data.readAlso} restHtml={restHtml} notice={props.notice} />
    </>
  );
}
