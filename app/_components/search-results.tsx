"use client";

import { useEffect, useRef, useState } from "react";
import { SPLICED_RESULTS_START } from "@/lib/search/render-search-results";
import { SEARCH_PAGE_BOX_ID } from "@/lib/search/splice-search-page";

/*
 * The results of the search page (lib/search/render-search-results). The production server
 * splices them into the shared search page (lib/search/splice-search-page) whose embedded
 * payload holds the empty form; React leaves innerHTML alone when it hydrates, but the
 * router would rebuild the block from that payload when the reader comes back through
 * history, so the spliced results are kept for this tab, by address, and shown again —
 * with the query back in the page's search box, which that payload leaves empty.
 */
const shownResults = new Map<string, string>();

export function SearchResults({ html }: { html: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [shown] = useState(() => (typeof window === "undefined" ? html : (shownResults.get(window.location.search) ?? html)));
  useEffect(() => {
    const element = ref.current;
    if (element?.innerHTML.startsWith(SPLICED_RESULTS_START)) shownResults.set(window.location.search, element.innerHTML);
    const box = document.getElementById(SEARCH_PAGE_BOX_ID);
    const query = new URLSearchParams(window.location.search).get("q");
    if (box instanceof HTMLInputElement && !box.value && query) box.value = query;
  }, []);
  return <div ref={ref} className="search-outcome" dangerouslySetInnerHTML={{ __html: shown }} />;
}
