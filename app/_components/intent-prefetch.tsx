"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** Reading pages, whose links are next/link with prefetch={false}. */
const READING_PATH = /^\/(?:$|latest(?:\/|$)|articles\/|categories\/|tags\/|authors\/)/;

/**
 * Links on reading pages do not prefetch as they scroll into view (a dozen requests per page
 * view, for pages seldom opened). Instead, a link to a reading page is prefetched when the
 * reader shows the intent to follow it: the pointer comes onto it, it takes the focus, or a
 * finger touches it — usually a few hundred milliseconds before the click. One listener for
 * the whole document, so the links themselves stay server-rendered.
 */
export function IntentPrefetch() {
  const router = useRouter();
  useEffect(() => {
    const onIntent = (event: Event) => {
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!(link instanceof HTMLAnchorElement) || link.target || link.hasAttribute("download") || link.origin !== window.location.origin) return;
      const href = link.pathname + link.search;
      // The router keeps what it prefetched (and asks again once that is stale): asking twice costs nothing.
      if (READING_PATH.test(link.pathname) && href !== window.location.pathname + window.location.search) router.prefetch(href);
    };
    const events = ["pointerover", "focusin", "touchstart"] as const;
    for (const name of events) document.addEventListener(name, onIntent, { capture: true, passive: true });
    return () => {
      for (const name of events) document.removeEventListener(name, onIntent, { capture: true });
    };
  }, [router]);
  return null;
}
