"use client";

import { useCallback, useEffect } from "react";
import { useKeptHtml } from "./use-kept-html";

/* The rest of an article: for a signed-in reader the server puts their part in (see useKeptHtml). */
export function ArticleRest({ slug, html }: { slug: string; html: string }) {
  const key = useCallback(() => `article:${slug}`, [slug]);
  const { ref, shown } = useKeptHtml({ key, html, isShared: html.includes("data-paywall"), wasReplaced: isPersonalised });
  // A paywall rendered without the reader's free-article meter, reached by a client-side
  // navigation: the document request is answered with the meter weighed (server/route-table).
  useEffect(() => {
    if (shown.includes("data-meter-may-open") && !isThisDocument()) window.location.reload();
  }, [shown]);
  return <div ref={ref} className="article-rest" dangerouslySetInnerHTML={{ __html: shown }} />;
}

const isPersonalised = (element: HTMLElement) => element.querySelector("[data-personalised]") !== null;

/** Whether the page shown is the document the browser loaded (not a client-side navigation). */
function isThisDocument(): boolean {
  const entry = performance.getEntriesByType("navigation")[0];
  return !entry || entry.name === window.location.href;
}
