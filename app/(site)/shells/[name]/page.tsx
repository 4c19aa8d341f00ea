import { getTranslations } from "next-intl/server";
import { currentLocale } from "@/app/_lib/locale";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { ANONYMOUS } from "@/lib/access/types";
import { renderSearchResults } from "@/lib/search/render-search-results";
import { searchOutcome } from "@/lib/search/search-outcome";
import { SearchView } from "../../search/search-view";

/*
 * Shared pages that the production server fills in per request without rendering
 * (server/page-memory/page-memory-routes): /shells/search is the search page with no query, into
 * which each reader's results are spliced. Cached like every shared page; an editor's
 * save that changes the header's sections revalidates it with all pages.
 */
export const revalidate = 300;
// The same head as /search: the spliced page is that page.
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reader.search"))("title"), robots: { index: false, follow: true } };
}
export function generateStaticParams(): { name: string }[] {
  return [];
}

export default async function ShellPage({ params }: { params: Promise<{ name: string }> }) {
  if ((await params).name !== "search") notFound();
  const db = await getDb();
  // No query: what /search says before anything is asked, the same for everyone.
  const outcome = await searchOutcome(db, { q: undefined, page: undefined, viewer: ANONYMOUS, now: new Date() });
  return <SearchView query="" resultsHtml={renderSearchResults(outcome, { locale: await currentLocale() })} />;
}
