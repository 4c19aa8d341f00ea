"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";

/**
 * Listings are shared pages, the same for everyone; for a signed-in reader this marks the
 * gated cards they may already read, after the page loaded: it asks /api/articles/readable
 * for the listed ids (ids in, ids out; nothing gated travels) and relabels those badges
 * "Included". Several on one page ask once: each badge is claimed by the first to see it.
 */
export function ReadableBadges() {
  const t = useTranslations("common.badges");
  const included = t("included");
  const includedTitle = t("includedTitle");
  useEffect(() => {
    const badges = [...document.querySelectorAll<HTMLElement>("[data-gated-badge]:not([data-readable-checked])")];
    if (badges.length === 0) return;
    for (const b of badges) b.dataset.readableChecked = "";
    const ids = [...new Set(badges.map((b) => b.dataset.gatedBadge).filter((id): id is string => Boolean(id)))].slice(0, 100);
    void fetch(`/api/articles/readable?ids=${ids.join(",")}`, { credentials: "same-origin" })
      .then((res) => (res.ok ? (res.json() as Promise<{ readable?: number[] }>) : { readable: [] }))
      .then(({ readable = [] }) => {
        const yours = new Set(readable.map(String));
        for (const b of badges) {
          if (!yours.has(b.dataset.gatedBadge ?? "")) continue;
          b.textContent = included;
          b.className = "badge readable";
          b.title = includedTitle;
        }
      })
      .catch(() => undefined);
  }, [included, includedTitle]);
  return null;
}
