import type { Metadata } from "next";
import type { ArticleView } from "@/lib/articles/get-article";

/** Meta, Open Graph and Twitter tags: title, standfirst and hero only, never body text. */
export function articleMetadata(view: ArticleView): Metadata {
  const images = view.heroImage ? [{ url: view.heroImage, alt: view.heroAlt }] : undefined;
  return {
    title: view.title,
    description: view.standfirst,
    alternates: { canonical: `/articles/${view.slug}` },
    authors: view.authors.map((a) => ({ name: a.name, url: `/authors/${a.slug}` })),
    openGraph: {
      type: "article",
      title: view.title,
      description: view.standfirst,
      url: `/articles/${view.slug}`,
      publishedTime: view.publishedAt?.toISOString(),
      modifiedTime: view.updatedAt.toISOString(),
      images,
    },
    twitter: { card: "summary_large_image", title: view.title, description: view.standfirst },
  };
}
