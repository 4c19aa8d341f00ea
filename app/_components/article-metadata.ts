import type { Metadata } from "next";
import type { ArticleView } from "@/lib/articles/get-article";

/**
 * Meta, Open Graph and Twitter tags: the editor's search and social overrides (checked on
 * save never to quote the gated part), else title, standfirst and hero; never body text.
 */
export function articleMetadata(view: ArticleView): Metadata {
  const images = view.heroImage ? [{ url: view.heroImage, alt: view.heroAlt }] : undefined;
  const title = view.seo.title || view.title;
  const description = view.seo.description || view.standfirst;
  const social = { title: view.seo.socialTitle || title, description: view.seo.socialDescription || description };
  return {
    title,
    description,
    alternates: { canonical: `/articles/${view.slug}` },
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
    twitter: { card: "summary_large_image", title: social.title, description: social.description },
  };
}
