import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleGrid, Byline, GatedBadge } from "@/app/_components/article-card";
import { DeferredMain } from "@/app/_components/deferred-hydration";
import { SiteHeader } from "@/app/_components/site-header";
import { getDb } from "@/db/client";
import { loadFrontPage } from "@/lib/articles/load-front-page";

// Rendered on the first request and kept in the cache; saves revalidate it, and the
// minute-long revalidation lets scheduled pieces appear on time.
export const revalidate = 60;
export function generateStaticParams(): { edition: string }[] {
  return [];
}

export default async function FrontPage({ params }: { params: Promise<{ edition: string }> }) {
  const { edition } = await params;
  if (edition !== "home") notFound();
  const db = await getDb();
  const front = await loadFrontPage(db, { now: new Date() });
  const lead = front.lead;
  const t = await getTranslations("reader.front");
  return (
    <>
      <SiteHeader current={{ paths: ["/"], isPage: true }} />
      <DeferredMain className="container">
        <h1 className="section-title">{t("title")}</h1>
        {lead && (
          <article className="lead-story">
            {lead.heroImage && <img src={lead.heroImage} alt={lead.heroAlt} width={1200} height={675} />}
            <div>
              {lead.category && (
                <Link prefetch={false} className="kicker" href={`/categories/${lead.category.slug}`}>
                  {lead.category.name}
                </Link>
              )}
              <h2>
                <Link prefetch={false} href={`/articles/${lead.slug}`}>{lead.title}</Link>
                <GatedBadge card={lead} />
              </h2>
              <p className="standfirst">{lead.standfirst}</p>
              <Byline card={lead} />
            </div>
          </article>
        )}
        <h2 className="section-title">
          <Link prefetch={false} href="/latest">{t("latest")}</Link>
        </h2>
        <ArticleGrid cards={front.latest} />
        {front.sections.map((section) => (
          <section key={section.slug} aria-labelledby={`section-${section.slug}`}>
            <h2 className="section-title" id={`section-${section.slug}`}>
              <Link prefetch={false} href={`/categories/${section.slug}`}>{section.name}</Link>
            </h2>
            <ArticleGrid cards={section.cards} />
          </section>
        ))}
      </DeferredMain>
    </>
  );
}
