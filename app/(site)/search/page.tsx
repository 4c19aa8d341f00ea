import { getTranslations } from "next-intl/server";
import { currentLocale } from "@/app/_lib/locale";
import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { ANONYMOUS } from "@/lib/access/types";
import { currentMember } from "@/lib/auth/current-member-next";
import { renderSearchResults } from "@/lib/search/render-search-results";
import { searchOutcome, shownQuery } from "@/lib/search/search-outcome";
import { SearchView } from "./search-view";

/*
 * Search results depend on the viewer (full-text matches count only for what they may
 * read), so the page renders per request and is never cached or indexed. The production
 * server answers document requests itself, splicing the same results into the shared
 * page /shells/search (server/page-memory/page-memory-routes); this render serves client-side
 * navigations and `next dev`.
 */
export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reader.search"))("title"), robots: { index: false, follow: true } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  const member = await currentMember();
  const db = await getDb();
  const outcome = await searchOutcome(db, { q: params.q, page: params.page, viewer: member?.viewer ?? ANONYMOUS, now: new Date(), locale: await currentLocale() });
  return <SearchView query={shownQuery(outcome)} resultsHtml={renderSearchResults(outcome, { locale: await currentLocale() })} />;
}
