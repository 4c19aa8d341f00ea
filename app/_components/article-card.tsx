import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { isPublicRequirement } from "@/lib/access/decide-access";
import type { ArticleCard } from "@/lib/articles/article-card";
import { formatDate } from "@/lib/i18n/format";
import { toLocale } from "@/lib/i18n/locales";
import { DeferredHydration } from "./deferred-hydration";
import { ReadableBadges } from "./readable-badges";

/**
 * What a gated card says on the shared page: "Free with an account" for a piece any free
 * account opens, "Subscribers" otherwise. For a signed-in reader, ReadableBadges turns the
 * badges of what they may already read into "Included".
 */
export function GatedBadge({ card }: { card: Pick<ArticleCard, "requirement" | "id"> }) {
  const t = useTranslations("common.badges");
  if (isPublicRequirement(card.requirement)) return null;
  const freeWithAccount = card.requirement.level !== null && card.requirement.level <= 0 && card.requirement.ccaps.length === 0;
  return (
    <span className={freeWithAccount ? "badge free-with-account" : "badge"} data-gated-badge={card.id}>
      {freeWithAccount ? t("freeWithAccount") : t("subscribers")}
    </span>
  );
}

export function Byline({ card }: { card: Pick<ArticleCard, "authors" | "publishedAt"> }) {
  const t = useTranslations("reader.article");
  const locale = toLocale(useLocale());
  return (
    <p className="meta">
      {card.authors.length > 0 && (
        <>
          {t("by")}{" "}
          {card.authors.map((a, i) => (
            <span key={a.slug}>
              {i > 0 && (i === card.authors.length - 1 ? ` ${t("and")} ` : ", ")}
              <Link prefetch={false} href={`/authors/${a.slug}`}>{a.name}</Link>
            </span>
          ))}
          {" · "}
        </>
      )}
      <time dateTime={card.publishedAt.toISOString()}>{formatDate(card.publishedAt, locale)}</time>
    </p>
  );
}

export function ArticleCardView({ card, headingLevel = 3 }: { card: ArticleCard; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="card">
      {card.heroImage && <img src={card.heroImage} alt={card.heroAlt} width={1200} height={675} loading="lazy" />}
      <div className="card-body">
        {card.category && (
          <Link prefetch={false} className="kicker" href={`/categories/${card.category.slug}`}>
            {card.category.name}
          </Link>
        )}
        <Heading>
          <Link prefetch={false} href={`/articles/${card.slug}`}>{card.title}</Link>
          <GatedBadge card={card} />
        </Heading>
        <p>{card.standfirst}</p>
        <Byline card={card} />
      </div>
    </article>
  );
}

export function ArticleGrid({ cards, headingLevel }: { cards: ArticleCard[]; headingLevel?: 2 | 3 }) {
  return (
    <DeferredHydration>
      <ul className="card-grid">
        <ReadableBadges />
        {cards.map((card) => (
          <li key={card.id}>
            <ArticleCardView card={card} headingLevel={headingLevel} />
          </li>
        ))}
      </ul>
    </DeferredHydration>
  );
}
