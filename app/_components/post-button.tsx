"use client";

import { useState } from "react";

/** A button that POSTs a JSON body to a route handler, then follows `redirect` or reloads. */
export function PostButton(props: { action: string; body?: Record<string, string>; label: string; className?: string; confirm?: string }) {
  const [error, setError] = useState<string | null>(null);
  async function onClick() {
    if (props.confirm && !window.confirm(props.confirm)) return;
    const res = await fetch(props.action, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(props.body ?? {}) });
    const data = (await res.json().catch(() => ({}))) as { redirect?: string; error?: string };
    if (!res.ok) return setError(data.error ?? `Request failed (${res.status}).`);
    if (data.redirect) window.location.assign(data.redirect);
    else window.location.reload();
  }
  return (
    <>
      <button type="button" className={props.className ?? "button"} onClick={onClick}>
        {props.label}
      </button>
      {error && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
