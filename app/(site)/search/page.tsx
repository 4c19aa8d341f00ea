import type { Metadata } from "next";
import { SearchBox } from "@/app/_components/search-box";
import { SearchResults } from "@/app/_components/search-results";
import { SiteHeader } from "@/app/_components/site-header";
import { getDb } from "@/db/client";
import { ANONYMOUS } from "@/lib/access/types";
import { parsePageNumber } from "@/lib/articles/pagination";
import { currentMember } from "@/lib/auth/current-member-next";
import { isAppError } from "@/lib/errors";
import { searchArticles, type SearchResult } from "@/lib/search/search-articles";
import { loadCategoryTree } from "@/lib/taxonomy/category-tree";
import { listSections } from "@/lib/taxonomy/list-sections";

/*
 * Search results depend on the viewer (full-text matches count only for what they may
 * read), so the page renders per request and is never cached or indexed.
 */
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Search", robots: { index: false, follow: true } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  const member = await currentMember();
  const db = await getDb();
  const rawPage = Array.isArray(params.page) ? params.page[0] : params.page;
  const page = parsePageNumber(rawPage);
  const search = async (): Promise<SearchResult | { error: string }> => {
    if (page === null) return { error: "That results page does not exist." };
    try {
      return await searchArticles(db, { query: params.q, viewer: member?.viewer ?? ANONYMOUS, page, now: new Date() });
    } catch (e) {
      if (isAppError(e) && e.code === "INVALID_INPUT") return { error: e.message };
      throw e;
    }
  };
  const [tree, result] = await Promise.all([loadCategoryTree(db), search()]);
  const query = "error" in result ? "" : result.query;
  return (
    <>
      <SiteHeader sections={listSections(tree)} />
      <main id="main" className="container">
        <div className="article-wide">
          <div className="page-header">
            <h1>Search</h1>
            <SearchBox id="search-page-box" query={query} large />
          </div>
          {"error" in result ? (
            <p className="form-error" role="alert">
              {result.error}
            </p>
          ) : (
            <SearchResults result={result} />
          )}
        </div>
      </main>
    </>
  );
}
