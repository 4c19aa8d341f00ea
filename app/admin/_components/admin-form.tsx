"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { createContext, useContext, useState, type FormEvent, type ReactNode } from "react";
import { useIsHydrated } from "@/app/_components/use-is-hydrated";

const ErrorsContext = createContext<Record<string, string>>({});

export interface ActionResult {
  message?: string;
  redirect?: string;
  error?: string;
  fieldErrors?: Record<string, string>;
  [key: string]: unknown;
}

/**
 * FormData → JSON: `a.b` nests, a name ending in `[]` is always a list, and a name seen
 * twice becomes a list. Values stay strings; the server's zod schema coerces them.
 */
export function formToJson(data: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [rawKey, value] of data.entries()) {
    if (typeof value !== "string") continue;
    const isList = rawKey.endsWith("[]");
    const path = (isList ? rawKey.slice(0, -2) : rawKey).split(".");
    let node = out;
    for (const part of path.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    const leaf = path[path.length - 1]!;
    const current = node[leaf];
    if (isList) node[leaf] = [...((current as string[] | undefined) ?? []), value];
    else node[leaf] = current === undefined ? value : [...(Array.isArray(current) ? current : [current]), value];
  }
  return out;
}

/** The words sendJson uses when the server gives none (a client component passes them from useRequestWords). */
export interface RequestWords {
  failed: (status: number) => string;
  unreachable: string;
}

const ENGLISH_REQUEST_WORDS: RequestWords = {
  failed: (status) => `Request failed (${status}).`,
  unreachable: "Could not reach the server. Check your connection and try again.",
};

/** sendJson's fallback words in the site's language. */
export function useRequestWords(): RequestWords {
  const t = useTranslations("admin.form");
  return { failed: (status) => t("requestFailed", { status: String(status) }), unreachable: t("unreachable") };
}

/** Sends JSON to an /api/admin route and returns its answer (errors included, never throws). */
export async function sendJson(action: string, body: unknown, method = "POST", words: RequestWords = ENGLISH_REQUEST_WORDS): Promise<ActionResult & { ok: boolean }> {
  try {
    const res = await fetch(action, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const data = (await res.json().catch(() => ({}))) as ActionResult;
    return { ...data, ok: res.ok, error: res.ok ? undefined : (data.error ?? words.failed(res.status)) };
  } catch {
    return { ok: false, error: words.unreachable };
  }
}

/**
 * A newsroom form: posts its fields as JSON, shows the server's message, and puts each
 * field error next to its field (through FieldError). On success it follows `redirect`,
 * calls `onSuccess`, or refreshes the page's server data.
 */
export function AdminForm(props: {
  action: string;
  children: ReactNode;
  className?: string;
  extra?: Record<string, unknown>;
  confirm?: string;
  onSuccess?: (result: ActionResult) => void;
  /** Called just before following a `redirect` (the editor marks itself saved, so its leave guard stays quiet). */
  onRedirect?: (result: ActionResult) => void;
  resetOnSuccess?: boolean;
  label?: string;
}) {
  const router = useRouter();
  const t = useTranslations("admin.form");
  const words = useRequestWords();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  // A submit before the script runs would send the fields the browser's own way (a GET with
  // them in the URL) and lose the save; the fields stay disabled until hydration.
  const isHydrated = useIsHydrated();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // One request at a time: a double click on "Save plan" would otherwise create the plan twice.
    if (busy) return;
    if (props.confirm && !window.confirm(props.confirm)) return;
    const form = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLElement | null;
    // One button of a form may ask on its own (Unpublish beside Save): data-confirm on the button.
    if (submitter?.dataset.confirm && !window.confirm(submitter.dataset.confirm)) return;
    setBusy(true);
    setErrors({});
    setMessage(null);
    const result = await sendJson(props.action, { ...formToJson(new FormData(form, submitter)), ...props.extra }, "POST", words);
    setBusy(false);
    if (!result.ok) {
      setErrors(result.fieldErrors ?? {});
      setMessage({ kind: "error", text: result.error ?? t("somethingWrong") });
      return;
    }
    if (result.redirect) {
      props.onRedirect?.(result);
      return window.location.assign(result.redirect);
    }
    setMessage({ kind: "ok", text: result.message ?? t("done") });
    if (props.resetOnSuccess) form.reset();
    if (props.onSuccess) props.onSuccess(result);
    else router.refresh();
  }

  return (
    <ErrorsContext.Provider value={errors}>
      <form onSubmit={onSubmit} noValidate className={props.className ?? "admin-form"} aria-label={props.label} aria-busy={busy}>
        {/* Disabled until hydration, and while a request is in flight (a second click would post twice). */}
        <fieldset className="admin-form-fields" disabled={!isHydrated || busy}>
          {props.children}
        </fieldset>
        {message && (
          <p className={message.kind === "ok" ? "form-message" : "form-error"} role={message.kind === "ok" ? "status" : "alert"}>
            {message.text}
          </p>
        )}
      </form>
    </ErrorsContext.Provider>
  );
}

export function useFieldError(name: string): string | undefined {
  return useContext(ErrorsContext)[name];
}

/** The server's message for one field, shown right under it. */
export function FieldError({ name, id }: { name: string; id?: string }) {
  const error = useFieldError(name);
  if (!error) return null;
  return (
    <p className="field-error" id={id}>
      {error}
    </p>
  );
}
