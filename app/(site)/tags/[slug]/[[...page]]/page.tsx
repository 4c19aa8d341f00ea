import { getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { Listing } from "@/app/_components/listing";
import { getDb } from "@/db/client";
import { feedAlternates } from "@/lib/feeds/feed-alternates";
import { listPage } from "@/lib/articles/list-page";
import { pageFromSegments } from "@/lib/articles/pagination";
import { findTag } from "@/lib/taxonomy/find-by-slug";
import { findSectionRedirect } from "@/lib/taxonomy/find-section-redirect";
import { sectionPath } from "@/lib/taxonomy/section-path";

export const revalidate = 60;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string; page?: string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = await findTag(await getDb(), (await params).slug);
  return tag ? { title: tag.name, ...(tag.description && { description: tag.description }), alternates: feedAlternates(`/tags/${tag.slug}`, tag.name) } : {};
}

export default async function TagPage({ params }: Props) {
  const { slug, page: segments } = await params;
  const page = pageFromSegments(segments);
  const db = await getDb();
  if (page === null) notFound();
  const tag = await findTag(db, slug);
  if (!tag) {
    // A renamed or merged tag: its old address answers 308 to the new one.
    const moved = await findSectionRedirect(db, { kind: "tag", slug, page });
    if (moved) permanentRedirect(moved);
    notFound();
  }
  const list = await listPage(db, { filter: { tagId: tag.id }, page, now: new Date() });
  const t = await getTranslations("reader.listing");
  if (!list) notFound();
  return (
    <Listing
      current={{ paths: [sectionPath("tag", tag.slug)], isPage: true }}
      base={`/tags/${tag.slug}`}
      page={page}
      pages={list.pages}
      cards={list.cards}
      header={
        <>
          <p className="kicker">{t("tag")}</p>
          <h1>{tag.name}</h1>
          {tag.description && <p>{tag.description}</p>}
        </>
      }
    />
  );
}
