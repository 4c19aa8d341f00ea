import type { Metadata } from "next";
import type { ArticleView } from "@/lib/articles/get-article";
import { socialCardPath } from "@/lib/feeds/social-card-text";

/**
 * Meta, Open Graph and Twitter tags: the editor's search and social overrides (checked on
 * save never to quote the gated part), else title and standfirst; never body text. The image
 * is the piece's social card (app/og/articles/[slug]: a PNG, which social networks take,
 * unlike an SVG hero).
 */
export function articleMetadata(view: ArticleView): Metadata {
  const images = [{ url: socialCardPath(view.slug), width: 1200, height: 630, alt: view.title, type: "image/png" }];
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
    twitter: { card: "summary_large_image", title: social.title, description: social.description, images },
  };
}
