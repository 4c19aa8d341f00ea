"use client";

import { useTranslations } from "next-intl";
import { useRef, type KeyboardEvent, type MouseEvent, type ReactNode } from "react";

/**
 * The sections menu on narrow screens: a <details> disclosure, so it opens and closes by
 * keyboard and screen reader without any script. With the script, Escape closes it and puts
 * the focus back on its button, and following a link closes it.
 */
export function SiteMenu({ children }: { children: ReactNode }) {
  const t = useTranslations("common.header");
  const details = useRef<HTMLDetailsElement>(null);
  function close(focus: boolean) {
    const el = details.current;
    if (!el?.open) return;
    el.open = false;
    if (focus) el.querySelector("summary")?.focus();
  }
  function onKeyDown(event: KeyboardEvent) {
    if (event.key === "Escape") close(true);
  }
  function onClick(event: MouseEvent) {
    if ((event.target as Element).closest("a")) close(false);
  }
  return (
    <details className="site-menu" ref={details} onKeyDown={onKeyDown} onClick={onClick}>
      <summary>
        <svg aria-hidden="true" focusable="false" width="18" height="18" viewBox="0 0 24 24">
          <path d="M3 6h18M3 12h18M3 18h18" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" />
        </svg>
        <span className="menu-label">{t("sections")}</span>
      </summary>
      {children}
    </details>
  );
}
