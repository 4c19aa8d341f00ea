import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Listing } from "@/app/_components/listing";
import { getDb } from "@/db/client";
import { listPage } from "@/lib/articles/list-page";
import { pageFromSegments } from "@/lib/articles/pagination";
import { loadCategoryTree } from "@/lib/taxonomy/category-tree";
import { findTag } from "@/lib/taxonomy/find-by-slug";
import { listSections } from "@/lib/taxonomy/list-sections";

export const revalidate = 60;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string; page?: string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = await findTag(await getDb(), (await params).slug);
  return tag ? { title: tag.name } : {};
}

export default async function TagPage({ params }: Props) {
  const { slug, page: segments } = await params;
  const page = pageFromSegments(segments);
  const db = await getDb();
  const tag = page === null ? null : await findTag(db, slug);
  if (!tag || page === null) notFound();
  const [tree, list] = await Promise.all([loadCategoryTree(db), listPage(db, { filter: { tagId: tag.id }, page, now: new Date() })]);
  if (!list) notFound();
  return (
    <Listing
      sections={listSections(tree)}
      base={`/tags/${tag.slug}`}
      page={page}
      pages={list.pages}
      cards={list.cards}
      header={
        <>
          <p className="kicker">Tag</p>
          <h1>{tag.name}</h1>
        </>
      }
    />
  );
}
