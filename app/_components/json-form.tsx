"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent, type ReactNode } from "react";
import { useIsHydrated } from "./use-is-hydrated";

export interface FieldSpec {
  name: string;
  label: string;
  type?: "text" | "email" | "password" | "hidden";
  autoComplete?: string;
  value?: string;
  required?: boolean;
}

/**
 * A form that posts its fields as JSON to a route handler, shows the error message and
 * field errors it answers with (400, 401, 409, 429 …) and follows `redirect` on success.
 */
export function JsonForm(props: { action: string; fields: FieldSpec[]; submit: string; extra?: Record<string, string>; children?: ReactNode; id?: string }) {
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const t = useTranslations("common.forms");
  const [busy, setBusy] = useState(false);
  // Submitting before the script runs would send the fields the browser's own way (as a URL).
  const isHydrated = useIsHydrated();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setFieldErrors({});
    const body = { ...props.extra, ...Object.fromEntries(new FormData(event.currentTarget)) };
    try {
      const res = await fetch(props.action, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      const data = (await res.json().catch(() => ({}))) as { redirect?: string; error?: string; fieldErrors?: Record<string, string> };
      if (res.ok && data.redirect) {
        window.location.assign(data.redirect);
        return;
      }
      setError(data.error ?? t("failed", { status: res.status }));
      setFieldErrors(data.fieldErrors ?? {});
    } catch {
      setError(t("unreachable"));
    }
    setBusy(false);
  }

  const formId = props.id ?? props.action.replace(/\W+/g, "-");
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="stack-form" aria-describedby={error ? `${formId}-error` : undefined}>
      {props.fields.map((f) =>
        f.type === "hidden" ? (
          <input key={f.name} type="hidden" name={f.name} value={f.value ?? ""} />
        ) : (
          <div className="field" key={f.name}>
            <label htmlFor={`${formId}-${f.name}`}>{f.label}</label>
            <input
              id={`${formId}-${f.name}`}
              name={f.name}
              type={f.type ?? "text"}
              autoComplete={f.autoComplete}
              defaultValue={f.value}
              required={f.required ?? true}
              aria-invalid={fieldErrors[f.name] ? true : undefined}
              aria-describedby={fieldErrors[f.name] ? `${formId}-${f.name}-error` : undefined}
            />
            {fieldErrors[f.name] && (
              <p className="field-error" id={`${formId}-${f.name}-error`}>
                {fieldErrors[f.name]}
              </p>
            )}
          </div>
        ),
      )}
      {error && (
        <p className="form-error" role="alert" id={`${formId}-error`}>
          {error}
        </p>
      )}
      {props.children}
      <button className="button primary" type="submit" disabled={busy || !isHydrated}>
        {busy ? t("wait") : props.submit}
      </button>
    </form>
  );
}
