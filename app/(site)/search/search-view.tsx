import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { SearchPageBox } from "@/app/_components/search-page-box";
import { SearchResults } from "@/app/_components/search-results";
import { SiteHeader } from "@/app/_components/site-header";

/** The search page around its results (lib/search/render-search-results), per request or shared. */
export function SearchView({ query, resultsHtml }: { query: string; resultsHtml: string }): ReactNode {
  const t = useTranslations("reader.search");
  return (
    <>
      <SiteHeader />
      <main id="main" className="container">
        <div className="article-wide">
          <div className="page-header">
            <h1>{t("title")}</h1>
            <SearchPageBox query={query} />
          </div>
          <SearchResults html={resultsHtml} />
        </div>
      </main>
    </>
  );
}
