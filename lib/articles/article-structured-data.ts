import { isPublicRequirement } from "@/lib/access/decide-access";
import type { Locale } from "@/lib/i18n/locales";
import type { ArticleView } from "./get-article";

/**
 * schema.org NewsArticle for an article page. Built only from fields every viewer may
 * see (title, standfirst, the editor's search overrides, dates, bylines), never from the body. Gated pieces carry
 * Google's paywalled-content markup pointing at the gated section's selector.
 */
export function articleStructuredData(view: ArticleView, options: { siteName: string; siteUrl: string; siteLanguage: Locale }) {
  const url = `${options.siteUrl}/articles/${view.slug}`;
  const isFree = isPublicRequirement(view.requirement);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: view.title,
    inLanguage: view.language ?? options.siteLanguage,
    ...(view.seo.title && view.seo.title !== view.title ? { alternativeHeadline: view.seo.title } : {}),
    description: view.seo.description || view.standfirst,
    url,
    mainEntityOfPage: url,
    image: view.heroImage ? [`${options.siteUrl}${view.heroImage}`] : undefined,
    datePublished: view.publishedAt?.toISOString(),
    dateModified: view.updatedAt.toISOString(),
    author: view.authors.map((a) => ({ "@type": "Person", name: a.name, url: `${options.siteUrl}/authors/${a.slug}` })),
    publisher: { "@type": "NewsMediaOrganization", name: options.siteName, url: options.siteUrl },
    isAccessibleForFree: isFree,
    ...(isFree ? {} : { hasPart: { "@type": "WebPageElement", isAccessibleForFree: false, cssSelector: ".gated-content" } }),
  };
}
