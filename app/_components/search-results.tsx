"use client";

import { SPLICED_RESULTS_START } from "@/lib/search/render-search-results";
import { useKeptHtml } from "./use-kept-html";

/*
 * The results of the search page (lib/search/render-search-results): the production server
 * splices each reader's into the shared search page (see useKeptHtml).
 */
export function SearchResults({ html }: { html: string }) {
  const { ref, shown } = useKeptHtml({ key: searchKey, html, isShared: true, wasReplaced: isSpliced });
  return <div ref={ref} className="search-outcome" dangerouslySetInnerHTML={{ __html: shown }} />;
}

const searchKey = () => `search:${window.location.search}`;
const isSpliced = (element: HTMLElement) => element.innerHTML.startsWith(SPLICED_RESULTS_START);
