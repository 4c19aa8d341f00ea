import type { Metadata } from "next";
import { articleMetadata } from "@/app/_components/article-metadata";
import { ArticlePage } from "@/app/_components/article-page";
import { loadArticleForRequest } from "@/app/_lib/load-article-for-request";
import { currentLocale } from "@/app/_lib/locale";

/*
 * The anonymous view: rendered once into the shared cache, no cookies read here.
 * Requests carrying a session cookie are rewritten (next.config.ts) to /m/articles/[slug],
 * so the cached copy only ever holds what anonymous visitors may read.
 */
export const revalidate = 300;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Shared with the page below through a per-request cache: one load, not two.
  const data = await loadArticleForRequest((await params).slug, false);
  return data ? articleMetadata(data.view, await currentLocale()) : {};
}

export default async function AnonymousArticlePage({ params }: Props) {
  return <ArticlePage slug={(await params).slug} member={null} />;
}
