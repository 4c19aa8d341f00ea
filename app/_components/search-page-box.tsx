"use client";

import { useEffect, useRef } from "react";
import { SEARCH_PAGE_BOX_ID } from "@/lib/search/splice-search-page";
import { SearchBox } from "./search-box";

/*
 * The search page's own box. The server puts the query into the shared search page's box
 * (lib/search/splice-search-page), but that page's payload has it empty: when the router
 * rebuilds the page from it (the back button), the box takes the query from the address.
 */
export function SearchPageBox({ query }: { query: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const input = ref.current?.querySelector("input");
    const fromAddress = new URLSearchParams(window.location.search).get("q");
    if (input && !input.value && fromAddress) input.value = fromAddress;
  }, []);
  return (
    <div ref={ref} style={{ display: "contents" }}>
      <SearchBox id={SEARCH_PAGE_BOX_ID} query={query} large />
    </div>
  );
}
