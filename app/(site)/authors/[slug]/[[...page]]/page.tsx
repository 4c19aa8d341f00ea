import { getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Listing } from "@/app/_components/listing";
import { getDb } from "@/db/client";
import { feedAlternates } from "@/lib/feeds/feed-alternates";
import { listPage } from "@/lib/articles/list-page";
import { pageFromSegments } from "@/lib/articles/pagination";
import { findAuthor } from "@/lib/taxonomy/find-by-slug";

export const revalidate = 60;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string; page?: string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const author = await findAuthor(await getDb(), (await params).slug);
  return author ? { title: author.name, description: author.bio.slice(0, 200), alternates: feedAlternates(`/authors/${author.slug}`, author.name) } : {};
}

export default async function AuthorPage({ params }: Props) {
  const { slug, page: segments } = await params;
  const page = pageFromSegments(segments);
  const db = await getDb();
  const author = page === null ? null : await findAuthor(db, slug);
  if (!author || page === null) notFound();
  const list = await listPage(db, { filter: { authorId: author.id }, page, now: new Date() });
  const t = await getTranslations("reader.listing");
  if (!list) notFound();
  return (
    <Listing
      current={{ paths: [`/authors/${author.slug}`], isPage: true }}
      base={`/authors/${author.slug}`}
      page={page}
      pages={list.pages}
      cards={list.cards}
      header={
        <div className="author-header">
          {author.photo && <img src={author.photo} alt={t("portrait", { name: author.name })} width={128} height={128} />}
          <div>
            <h1>{author.name}</h1>
            <p className="meta">{author.roleLine}</p>
            <p>{author.bio}</p>
          </div>
        </div>
      }
    />
  );
}
