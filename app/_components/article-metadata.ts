import type { Metadata } from "next";
import type { ArticleView } from "@/lib/articles/get-article";
import type { Locale } from "@/lib/i18n/locales";
import { socialCardPath } from "@/lib/feeds/social-card-text";

/**
 * Meta, Open Graph and Twitter tags: the editor's search and social overrides (checked on
 * save never to quote the gated part), else title and standfirst; never body text. The image
 * is the piece's social card (app/og/articles/[slug]: a PNG, which social networks take,
 * unlike an SVG hero). A piece published in several languages names each version (hreflang).
 */
export function articleMetadata(view: ArticleView, siteLanguage: Locale): Metadata {
  const images = [{ url: socialCardPath(view.slug), width: 1200, height: 630, alt: view.title, type: "image/png" }];
  const title = view.seo.title || view.title;
  const description = view.seo.description || view.standfirst;
  const social = { title: view.seo.socialTitle || title, description: view.seo.socialDescription || description };
  return {
    title,
    description,
    alternates: { canonical: `/articles/${view.slug}`, ...(view.translations.length > 0 && { languages: languageVersions(view, siteLanguage) }) },
    authors: view.authors.map((a) => ({ name: a.name, url: `/authors/${a.slug}` })),
    openGraph: {
      type: "article",
      title: social.title,
      description: social.description,
      url: `/articles/${view.slug}`,
      publishedTime: view.publishedAt?.toISOString(),
      modifiedTime: view.updatedAt.toISOString(),
      images,
    },
    twitter: { card: "summary_large_image", title: social.title, description: social.description, images },
  };
}

/** hreflang → address of each version, this one included; one address per language (the first found). */
function languageVersions(view: ArticleView, siteLanguage: Locale): Record<string, string> {
  const versions: Record<string, string> = {};
  for (const v of [view, ...view.translations]) versions[v.language ?? siteLanguage] ??= `/articles/${v.slug}`;
  return versions;
}
