import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ArticleRest } from "./article-rest";
import type { ArticleCard } from "@/lib/articles/article-card";
import type { ArticleView } from "@/lib/articles/get-article";
import { ArticleGrid } from "./article-card";
import { DeferredMain } from "./deferred-hydration";
import { formatDate } from "@/lib/i18n/format";
import { toLocale } from "@/lib/i18n/locales";
import { sectionPath } from "@/lib/taxonomy/section-path";
import { SiteHeader } from "./site-header";

/**
 * An article page. `restHtml` (lib/articles/render-article-rest) is either the stored gated
 * HTML (the viewer may read it) or the paywall box placed exactly where the gated text starts.
 */
export function ArticlePageView(props: {
  view: ArticleView;
  readAlso: ArticleCard[];
  restHtml: string;
  notice?: ReactNode;
}) {
  const { view } = props;
  const t = useTranslations("reader.article");
  const locale = toLocale(useLocale());
  const updated = view.publishedAt && view.updatedAt.getTime() - view.publishedAt.getTime() > 60 * 60 * 1000;
  return (
    <>
      <SiteHeader current={{ paths: view.categoryPath.map((c) => sectionPath("category", c.slug)).reverse() }} />
      <DeferredMain className="container">
        <article className="article" lang={view.language ?? undefined}>
          {view.categoryPath.length > 0 && (
            <nav aria-label={t("section")} className="breadcrumbs">
              <ol>
                {view.categoryPath.map((c) => (
                  <li key={c.slug}>
                    <Link prefetch={false} href={`/categories/${c.slug}`}>{c.name}</Link>
                  </li>
                ))}
              </ol>
            </nav>
          )}
          <h1>{view.title}</h1>
          <p className="standfirst">{view.standfirst}</p>
          {props.notice}
          <div className="byline">
            <span>
              {t("by")}{" "}
              {view.authors.map((a, i) => (
                <span key={a.slug}>
                  {i > 0 && (i === view.authors.length - 1 ? ` ${t("and")} ` : ", ")}
                  <Link prefetch={false} href={`/authors/${a.slug}`} rel="author">
                    {a.name}
                  </Link>
                </span>
              ))}
            </span>
            {view.publishedAt && (
              <span>
                {t("published")} <time dateTime={view.publishedAt.toISOString()}>{formatDate(view.publishedAt, locale)}</time>
              </span>
            )}
            {updated && (
              <span>
                {t("updated")} <time dateTime={view.updatedAt.toISOString()}>{formatDate(view.updatedAt, locale)}</time>
              </span>
            )}
          </div>
          {view.heroImage && (
            <figure className="hero">
              <img src={view.heroImage} alt={view.heroAlt} width={1200} height={675} />
              {(view.heroCaption || view.heroCredit) && (
                <figcaption>
                  {view.heroCaption} {view.heroCredit && <span className="credit">{view.heroCredit}</span>}
                </figcaption>
              )}
            </figure>
          )}
          <div className="article-body">
            {/* Stored HTML was sanitized when the article was saved. */}
            <div className="teaser-content" dangerouslySetInnerHTML={{ __html: view.teaserHtml }} />
            <ArticleRest slug={view.slug} html={props.restHtml} />
          </div>
          {view.tags.length > 0 && (
            <ul className="tag-list" aria-label={t("tags")}>
              {view.tags.map((t) => (
                <li key={t.slug}>
                  <Link prefetch={false} href={`/tags/${t.slug}`}>{t.name}</Link>
                </li>
              ))}
            </ul>
          )}
          {view.authors.map((a) => (
            <section className="author-box" key={a.slug} aria-label={t("about", { name: a.name })}>
              {a.photo ? <img src={a.photo} alt={t("portrait", { name: a.name })} width={80} height={80} /> : <span />}
              <div>
                <h2>
                  <Link prefetch={false} href={`/authors/${a.slug}`}>{a.name}</Link>
                </h2>
                <p className="meta">{a.roleLine}</p>
                <p>{a.bio}</p>
              </div>
            </section>
          ))}
        </article>
        {props.readAlso.length > 0 && (
          <section aria-labelledby="read-also" className="article-wide">
            <h2 className="section-title" id="read-also">
              {t("readAlso")}
            </h2>
            <ArticleGrid cards={props.readAlso} />
          </section>
        )}
      </DeferredMain>
    </>
  );
}
