import type { ComponentProps, ReactNode } from "react";
import { SearchBox } from "@/app/_components/search-box";
import { SearchResults } from "@/app/_components/search-results";
import { SiteHeader } from "@/app/_components/site-header";
import { SEARCH_PAGE_BOX_ID } from "@/lib/search/splice-search-page";

/** The search page around its results (lib/search/render-search-results), per request or shared. */
export function SearchView({ sections, query, resultsHtml }: { sections: ComponentProps<typeof SiteHeader>["sections"]; query: string; resultsHtml: string }): ReactNode {
  return (
    <>
      <SiteHeader sections={sections} />
      <main id="main" className="container">
        <div className="article-wide">
          <div className="page-header">
            <h1>Search</h1>
            <SearchBox id={SEARCH_PAGE_BOX_ID} query={query} large />
          </div>
          <SearchResults html={resultsHtml} />
        </div>
      </main>
    </>
  );
}
