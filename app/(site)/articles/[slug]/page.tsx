import type { Metadata } from "next";
import { articleMetadata } from "@/app/_components/article-metadata";
import { ArticlePage } from "@/app/_components/article-page";
import { getDb } from "@/db/client";
import { getArticle } from "@/lib/articles/get-article";

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
  const view = await getArticle(await getDb(), (await params).slug, { now: new Date() });
  return view ? articleMetadata(view) : {};
}

export default async function AnonymousArticlePage({ params }: Props) {
  return <ArticlePage slug={(await params).slug} member={null} />;
}
