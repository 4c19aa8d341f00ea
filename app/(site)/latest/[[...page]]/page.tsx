import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Listing } from "@/app/_components/listing";
import { getDb } from "@/db/client";
import { listPage } from "@/lib/articles/list-page";
import { pageFromSegments } from "@/lib/articles/pagination";

export const revalidate = 60;
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reader.listing"))("latest") };
}
export function generateStaticParams(): { page: string[] }[] {
  return [];
}

export default async function LatestPage({ params }: { params: Promise<{ page?: string[] }> }) {
  const page = pageFromSegments((await params).page);
  if (page === null) notFound();
  const db = await getDb();
  const list = await listPage(db, { page, now: new Date() });
  if (!list) notFound();
  const t = await getTranslations("reader.listing");
  return (
    <Listing current={{ paths: ["/latest"], isPage: true }} base="/latest" page={page} pages={list.pages} cards={list.cards} header={<h1>{t("latest")}</h1>} />
  );
}
