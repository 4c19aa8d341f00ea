"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { altTextProblem, imageMarkdown, MAX_ALT_LENGTH } from "@/lib/content/image-markdown";
import { useRequestWords, type RequestWords } from "./admin-form";

/** Uploads an image to /api/admin/media (the hero image's route) and returns its address. */
async function uploadImage(file: File, words: RequestWords & { uploadFailed: (status: number) => string }): Promise<{ url?: string; error?: string }> {
  const data = new FormData();
  data.set("file", file);
  try {
    const res = await fetch("/api/admin/media", { method: "POST", body: data });
    const body = (await res.json().catch(() => ({}))) as { url?: string; error?: string };
    return res.ok && body.url ? { url: body.url } : { error: body.error ?? words.uploadFailed(res.status) };
  } catch {
    return { error: words.unreachable };
  }
}

/**
 * An image dropped or pasted into the body, waiting for its description: it is uploaded and
 * placed (as Markdown) only once the editor has written alt text.
 */
export function BodyImageInsert(props: { file: File; onInsert: (markdown: string) => void; onCancel: () => void }) {
  const id = useId();
  const t = useTranslations("admin.image");
  const words = useRequestWords();
  const [alt, setAlt] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const preview = useMemo(() => URL.createObjectURL(props.file), [props.file]);

  useEffect(() => {
    input.current?.focus();
    return () => URL.revokeObjectURL(preview);
  }, [preview]);

  async function insert() {
    const problem = altTextProblem(alt);
    if (problem) {
      setError(alt.trim() ? t("altTooLong", { max: MAX_ALT_LENGTH }) : t("altMissing"));
      input.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    const uploaded = await uploadImage(props.file, { ...words, uploadFailed: (status) => t("uploadFailedStatus", { status: String(status) }) });
    setBusy(false);
    if (!uploaded.url) return setError(uploaded.error ?? t("uploadFailed"));
    props.onInsert(imageMarkdown(alt, uploaded.url));
  }

  return (
    <div className="image-insert" role="group" aria-label={t("toInsert")}>
      <img src={preview} alt="" />
      <label htmlFor={id}>{t("altRequired")}</label>
      <input
        id={id}
        ref={input}
        value={alt}
        onChange={(e) => setAlt(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onKeyDown={(e) => {
          // Enter would submit the whole article form.
          if (e.key === "Enter") {
            e.preventDefault();
            void insert();
          }
        }}
      />
      <div className="actions-row">
        <button type="button" className="button primary" onClick={insert} disabled={busy}>
          {busy ? t("uploading") : t("insert")}
        </button>
        <button type="button" className="button" onClick={props.onCancel} disabled={busy}>
          {t("cancel")}
        </button>
      </div>
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
