"use client";

import { useEffect, useId, useMemo, useRef, useState } from "react";
import { altTextProblem, imageMarkdown } from "@/lib/content/image-markdown";

/** Uploads an image to /api/admin/media (the hero image's route) and returns its address. */
async function uploadImage(file: File): Promise<{ url?: string; error?: string }> {
  const data = new FormData();
  data.set("file", file);
  try {
    const res = await fetch("/api/admin/media", { method: "POST", body: data });
    const body = (await res.json().catch(() => ({}))) as { url?: string; error?: string };
    return res.ok && body.url ? { url: body.url } : { error: body.error ?? `Upload failed (${res.status}).` };
  } catch {
    return { error: "Could not reach the server. Check your connection and try again." };
  }
}

/**
 * An image dropped or pasted into the body, waiting for its description: it is uploaded and
 * placed (as Markdown) only once the editor has written alt text.
 */
export function BodyImageInsert(props: { file: File; onInsert: (markdown: string) => void; onCancel: () => void }) {
  const id = useId();
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
      setError(problem);
      input.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    const uploaded = await uploadImage(props.file);
    setBusy(false);
    if (!uploaded.url) return setError(uploaded.error ?? "Upload failed.");
    props.onInsert(imageMarkdown(alt, uploaded.url));
  }

  return (
    <div className="image-insert" role="group" aria-label="Image to insert">
      <img src={preview} alt="" />
      <label htmlFor={id}>Image description (alt text, required)</label>
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
          {busy ? "Uploading…" : "Insert image"}
        </button>
        <button type="button" className="button" onClick={props.onCancel} disabled={busy}>
          Cancel
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
