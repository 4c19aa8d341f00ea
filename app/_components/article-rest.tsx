"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect } from "react";
import { useKeptHtml } from "./use-kept-html";

/* The rest of an article: for a signed-in reader the server puts their part in (see useKeptHtml). */
export function ArticleRest({ slug, html }: { slug: string; html: string }) {
  const t = useTranslations("common.gift");
  const words = { link: t("link"), failed: (status: number) => t("failed", { status }) };
  const key = useCallback(() => `article:${slug}`, [slug]);
  const { ref, shown } = useKeptHtml({ key, html, isShared: html.includes("data-paywall"), wasReplaced: isPersonalised });
  // A paywall rendered without the reader's free-article meter, reached by a client-side
  // navigation: the document request is answered with the meter weighed (server/route-table).
  useEffect(() => {
    if (shown.includes("data-meter-may-open") && !isThisDocument()) window.location.reload();
  }, [shown]);
  return <div ref={ref} className="article-rest" onClick={(e) => void onGiftClick(e.target, words)} dangerouslySetInnerHTML={{ __html: shown }} />;
}

const isPersonalised = (element: HTMLElement) => element.querySelector("[data-personalised]") !== null;

/** "Gift this article" (lib/articles/render-article-rest): asks for a link and shows it, ready to copy. */
async function onGiftClick(target: EventTarget, words: { link: string; failed: (status: number) => string }): Promise<void> {
  const button = target instanceof HTMLElement ? target.closest<HTMLButtonElement>("[data-gift-button]") : null;
  const box = button?.closest<HTMLElement>("[data-gift-article]");
  const output = box?.querySelector<HTMLOutputElement>("[data-gift-output]");
  if (!button || !box || !output || button.disabled) return;
  button.disabled = true;
  try {
    const res = await fetch("/api/account/gifts", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ action: "create", slug: box.dataset.giftArticle }) });
    const data = (await res.json().catch(() => ({}))) as { url?: string; error?: string };
    output.replaceChildren();
    if (res.ok && data.url) {
      const field = document.createElement("input");
      Object.assign(field, { readOnly: true, value: data.url, className: "gift-url" });
      field.setAttribute("aria-label", words.link);
      output.append(field);
    } else {
      output.textContent = data.error ?? words.failed(res.status);
    }
  } finally {
    button.disabled = false;
  }
}

/** Whether the page shown is the document the browser loaded (not a client-side navigation). */
function isThisDocument(): boolean {
  const entry = performance.getEntriesByType("navigation")[0];
  return !entry || entry.name === window.location.href;
}
