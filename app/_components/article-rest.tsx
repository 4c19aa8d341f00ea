"use client";

import { useCallback } from "react";
import { useKeptHtml } from "./use-kept-html";

/* The rest of an article: for a signed-in reader the server puts their part in (see useKeptHtml). */
export function ArticleRest({ slug, html }: { slug: string; html: string }) {
  const key = useCallback(() => `article:${slug}`, [slug]);
  const { ref, shown } = useKeptHtml({ key, html, isShared: html.includes("data-paywall"), wasReplaced: isPersonalised });
  return <div ref={ref} className="article-rest" dangerouslySetInnerHTML={{ __html: shown }} />;
}

const isPersonalised = (element: HTMLElement) => element.querySelector("[data-personalised]") !== null;
