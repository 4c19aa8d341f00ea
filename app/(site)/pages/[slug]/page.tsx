import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SimplePage } from "@/app/_components/simple-page";
import { getDb } from "@/db/client";
import { getSitePage } from "@/lib/site-pages/list-site-pages";

export const revalidate = 60;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getSitePage(await getDb(), (await params).slug);
  return page ? { title: page.title } : {};
}

/** A footer page (About, Contact, Privacy, Terms, Imprint), as the newsroom wrote it in /admin/site/pages. */
export default async function SitePage({ params }: Props) {
  const page = await getSitePage(await getDb(), (await params).slug);
  if (!page) notFound();
  // Sanitized when saved (lib/admin/site/save-site-page).
  return (
    <SimplePage title={page.title}>
      <div className="article-body" dangerouslySetInnerHTML={{ __html: page.bodyHtml }} />
    </SimplePage>
  );
}
