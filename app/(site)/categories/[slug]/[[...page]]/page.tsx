import { getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { Listing } from "@/app/_components/listing";
import { getDb } from "@/db/client";
import { feedAlternates } from "@/lib/feeds/feed-alternates";
import { listPage } from "@/lib/articles/list-page";
import { pageFromSegments } from "@/lib/articles/pagination";
import { loadCategoryTree } from "@/lib/taxonomy/category-tree";
import { findSectionRedirect } from "@/lib/taxonomy/find-section-redirect";
import { sectionPath } from "@/lib/taxonomy/section-path";

export const revalidate = 60;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string; page?: string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = (await loadCategoryTree(await getDb())).bySlug.get((await params).slug);
  return category ? { title: category.name, description: category.description, alternates: feedAlternates(`/categories/${category.slug}`, category.name) } : {};
}

export default async function CategoryPage({ params }: Props) {
  const { slug, page: segments } = await params;
  const page = pageFromSegments(segments);
  const db = await getDb();
  const tree = await loadCategoryTree(db);
  const category = tree.bySlug.get(slug);
  if (page === null) notFound();
  if (!category) {
    // A renamed or merged section: its old address answers 308 to the new one.
    const moved = await findSectionRedirect(db, { kind: "category", slug, page });
    if (moved) permanentRedirect(moved);
    notFound();
  }
  // A parent lists its children's articles too.
  const list = await listPage(db, { filter: { categoryIds: tree.descendantIds(category.id) }, page, now: new Date() });
  if (!list) notFound();
  const path = tree.path(category.id);
  const children = tree.children(category.id);
  const t = await getTranslations("reader.listing");
  return (
    <Listing
      current={{ paths: path.map((c) => sectionPath("category", c.slug)).reverse(), isPage: true }}
      base={`/categories/${category.slug}`}
      page={page}
      pages={list.pages}
      cards={list.cards}
      header={
        <>
          {path.length > 1 && (
            <nav aria-label={t("breadcrumb")} className="breadcrumbs">
              <ol>
                {path.slice(0, -1).map((c) => (
                  <li key={c.slug}>
                    <Link prefetch={false} href={`/categories/${c.slug}`}>{c.name}</Link>
                  </li>
                ))}
              </ol>
            </nav>
          )}
          <h1>{category.name}</h1>
          <p>{category.description}</p>
          {children.length > 0 && (
            <ul className="subcategories" aria-label={t("subsections")}>
              {children.map((c) => (
                <li key={c.slug}>
                  <Link prefetch={false} href={`/categories/${c.slug}`}>{c.name}</Link>
                </li>
              ))}
            </ul>
          )}
        </>
      }
    />
  );
}
