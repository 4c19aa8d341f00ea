"use client";

import { useEffect, useRef, useState } from "react";

/*
 * For a signed-in reader the server replaces this block's HTML in the shared page
 * (lib/articles/splice-article-rest) while the page's embedded payload still describes the
 * anonymous variant. React leaves innerHTML alone when it hydrates, but the router would
 * rebuild the block from that payload when the reader comes back through history; so the
 * replaced HTML is kept in memory for this tab and shown again in place of a paywall.
 */
const personalisedRest = new Map<string, string>();
const PERSONALISED_MARK = "data-personalised";

export function ArticleRest({ slug, html }: { slug: string; html: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [shown] = useState(() => (html.includes("data-paywall") ? (personalisedRest.get(slug) ?? html) : html));
  useEffect(() => {
    const element = ref.current;
    if (element?.querySelector(`[${PERSONALISED_MARK}]`)) personalisedRest.set(slug, element.innerHTML);
  }, [slug]);
  return <div ref={ref} className="article-rest" dangerouslySetInnerHTML={{ __html: shown }} />;
}
