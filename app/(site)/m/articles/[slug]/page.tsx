import type { Metadata } from "next";
import Link from "next/link";
import { articleMetadata } from "@/app/_components/article-metadata";
import { ArticlePage } from "@/app/_components/article-page";
import { getDb } from "@/db/client";
import { getArticle } from "@/lib/articles/get-article";
import { currentMember } from "@/lib/auth/current-member-next";

/*
 * The per-viewer article, for requests that carry a session cookie (rewritten here from
 * /articles/[slug]). Rendered per request after the access decision; never cached.
 */
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const view = await getArticle(await getDb(), (await params).slug, { now: new Date() });
  return view ? { ...articleMetadata(view), robots: { index: false } } : {};
}

export default async function MemberArticlePage({ params }: Props) {
  const { slug } = await params;
  const member = await currentMember();
  const notice = member ? undefined : (
    <p className="notice" role="status">
      Your session has ended (signed out, revoked, or expired). <Link href={`/signin?callbackUrl=/articles/${slug}`}>Sign in again</Link>.
    </p>
  );
  return <ArticlePage slug={slug} member={member} notice={notice} />;
}
