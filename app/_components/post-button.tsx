"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useIsHydrated } from "./use-is-hydrated";

/**
 * A button that POSTs a JSON body to a route handler, then follows `redirect` or reloads.
 * Disabled until its script runs (a click before would do nothing) and while its request
 * is in flight, so a double click sends one request (Stripe's idempotency keys cover the rest).
 */
export function PostButton(props: { action: string; body?: Record<string, string>; label: string; className?: string; confirm?: string }) {
  const [error, setError] = useState<string | null>(null);
  const t = useTranslations("common.forms");
  const [busy, setBusy] = useState(false);
  const isHydrated = useIsHydrated();
  async function onClick() {
    if (busy) return;
    if (props.confirm && !window.confirm(props.confirm)) return;
    setBusy(true);
    setError(null);
    try {
      const res = await fetch(props.action, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(props.body ?? {}) });
      const data = (await res.json().catch(() => ({}))) as { redirect?: string; error?: string };
      if (res.ok) {
        // Stays busy while the browser leaves the page.
        if (data.redirect) window.location.assign(data.redirect);
        else window.location.reload();
        return;
      }
      setError(data.error ?? t("failed", { status: res.status }));
    } catch {
      setError(t("unreachable"));
    }
    setBusy(false);
  }
  return (
    <>
      <button type="button" className={props.className ?? "button"} onClick={onClick} disabled={busy || !isHydrated} aria-busy={busy || undefined}>
        {busy ? t("wait") : props.label}
      </button>
      {error && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
