"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { FieldError } from "./admin-form";

/** Uploads an image to /api/admin/media and keeps its URL in a hidden field named `name`. */
export function ImageUpload(props: { name: string; label: string; initial: string | null }) {
  const id = useId();
  const t = useTranslations("admin.image");
  const [url, setUrl] = useState(props.initial ?? "");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function upload(file: File) {
    setBusy(true);
    setError(null);
    const data = new FormData();
    data.set("file", file);
    try {
      const res = await fetch("/api/admin/media", { method: "POST", body: data });
      const body = (await res.json().catch(() => ({}))) as { url?: string; error?: string };
      if (!res.ok || !body.url) setError(body.error ?? t("uploadFailedStatus", { status: String(res.status) }));
      else setUrl(body.url);
    } catch {
      setError(t("unreachable"));
    }
    setBusy(false);
  }

  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      {url && <img src={url} alt="" width={240} style={{ maxWidth: "15rem" }} />}
      <input id={id} type="file" accept="image/png,image/jpeg,image/webp,image/gif" disabled={busy} onChange={(e) => e.target.files?.[0] && upload(e.target.files[0])} />
      <input type="hidden" name={props.name} value={url} />
      <p className="hint">{t("formats")} {url && <button type="button" className="button" onClick={() => setUrl("")}>{t("remove")}</button>}</p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <FieldError name={props.name} />
    </div>
  );
}
