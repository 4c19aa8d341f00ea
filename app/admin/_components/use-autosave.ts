"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { formToJson, sendJson, useRequestWords, type ActionResult, type RequestWords } from "./admin-form";

/** Quiet time after the last keystroke before an autosave. */
const DEBOUNCE_MS = 2000;
const TICK_MS = 500;
/** A message left for the page the editor goes to after a save (its first save, a reload). */
const FLASH_KEY = "lede:editor-saved";

export type AutosaveStatus =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "error"; reason: string };

/**
 * The form's fields as one comparable string (without the version, which every save changes).
 * Read field by field rather than with `new FormData(form)`, which skips disabled fields: the
 * form is disabled until hydration, and the baseline is taken then, before anyone can type.
 */
function snapshotOf(form: HTMLFormElement): string {
  const entries = new FormData();
  for (const el of Array.from(form.elements)) {
    if (el instanceof HTMLSelectElement && el.name) for (const o of Array.from(el.selectedOptions)) entries.append(el.name, o.value);
    if (el instanceof HTMLTextAreaElement && el.name) entries.append(el.name, el.value);
    if (!(el instanceof HTMLInputElement) || !el.name || ["submit", "button", "reset", "image", "file"].includes(el.type)) continue;
    if ((el.type === "checkbox" || el.type === "radio") && !el.checked) continue;
    entries.append(el.name, el.value);
  }
  const data = formToJson(entries);
  delete data.version;
  return JSON.stringify(data);
}

function reasonOf(result: ActionResult, words: { refused: string; somethingWrong: string }): string {
  const field = Object.values(result.fieldErrors ?? {})[0];
  return field ? `${result.error ?? words.refused} ${field}` : (result.error ?? words.somethingWrong);
}

/**
 * The editor's unsaved-changes tracking: compares the form with what was last saved, saves
 * it in the background (`autosaveUrl`, debounced, with the version it was edited from) when
 * autosave applies, and guards leaving the page (beforeunload) while changes are unsaved.
 */
export function useAutosave(options: { form: () => HTMLFormElement | null; autosaveUrl: string | null; version: () => number; onSaved: (result: ActionResult) => void }) {
  const [status, setStatus] = useState<AutosaveStatus>({ kind: "idle" });
  const [dirty, setDirty] = useState(false);
  const saved = useRef<string | null>(null);
  const seen = useRef<{ snap: string; at: number } | null>(null);
  const failed = useRef<string | null>(null);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const leaving = useRef(false);
  const submitted = useRef<string | null>(null);
  const t = useTranslations("admin.form");
  const requestWords = useRequestWords();
  const words = useRef<{ request: RequestWords; refused: string; somethingWrong: string }>(null);
  const opts = useRef(options);
  useEffect(() => {
    opts.current = options;
    words.current = { request: requestWords, refused: t("refused"), somethingWrong: t("somethingWrong") };
  });

  const save = useCallback(async (snap: string): Promise<boolean> => {
    const url = opts.current.autosaveUrl;
    if (!url) return false;
    setStatus({ kind: "saving" });
    const run = (async () => {
      // New tags are created by a press of Save, not by half-typed names.
      const fields = JSON.parse(snap) as Record<string, unknown>;
      delete fields.newTags;
      const result = await sendJson(url, { ...fields, version: String(opts.current.version()) }, "POST", words.current?.request);
      if (!result.ok) {
        failed.current = snap;
        setStatus({ kind: "error", reason: reasonOf(result, words.current ?? { refused: "Refused.", somethingWrong: "Something went wrong." }) });
        return false;
      }
      saved.current = snap;
      failed.current = null;
      opts.current.onSaved(result);
      setStatus({ kind: "saved", at: new Date() });
      return true;
    })();
    inFlight.current = run;
    const ok = await run;
    inFlight.current = null;
    return ok;
  }, []);

  useEffect(() => {
    // Read at mount, not on the first tick: a save finished within a tick of this page's
    // mount would otherwise have its flash read (and lost) by this page as it leaves.
    // (It is shown on the first tick: a state set in the effect's body would render twice.)
    let flash = sessionStorage.getItem(FLASH_KEY);
    sessionStorage.removeItem(FLASH_KEY);
    const start = opts.current.form();
    if (start) saved.current = snapshotOf(start);
    const timer = setInterval(() => {
      if (flash) {
        setStatus({ kind: "saved", at: new Date(Number(flash)) });
        flash = null;
      }
      const form = opts.current.form();
      if (!form || form.querySelector("fieldset:disabled")) return;
      const snap = snapshotOf(form);
      if (saved.current === null) saved.current = snap;
      const isDirty = snap !== saved.current;
      setDirty(isDirty);
      const now = Date.now();
      if (seen.current?.snap !== snap) seen.current = { snap, at: now };
      const quiet = now - seen.current.at >= DEBOUNCE_MS;
      const busy = inFlight.current !== null || form.getAttribute("aria-busy") === "true";
      if (isDirty && quiet && !busy && snap !== failed.current && opts.current.autosaveUrl) void save(snap);
    }, TICK_MS);
    const guard = (event: BeforeUnloadEvent) => {
      const form = opts.current.form();
      if (leaving.current || !form || saved.current === null || snapshotOf(form) === saved.current) return;
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", guard);
    return () => {
      clearInterval(timer);
      window.removeEventListener("beforeunload", guard);
    };
  }, [save]);

  return {
    status,
    dirty,
    saving: status.kind === "saving",
    /** Whether the form differs from what was last saved, as of now (not as of the last tick). */
    isDirty(): boolean {
      const form = opts.current.form();
      return form !== null && saved.current !== null && snapshotOf(form) !== saved.current;
    },
    /** Before a manual save: remember what is being sent. */
    willSubmit() {
      const form = opts.current.form();
      submitted.current = form ? snapshotOf(form) : null;
    },
    /** After a manual save succeeded. */
    didSubmit() {
      if (submitted.current !== null) saved.current = submitted.current;
      failed.current = null;
      setStatus({ kind: "saved", at: new Date() });
    },
    /** The page is about to go to a saved state (first save's redirect, a reload): no guard, and say "Saved" there. */
    leaveSaved() {
      leaving.current = true;
      sessionStorage.setItem(FLASH_KEY, String(Date.now()));
    },
    /** Leave without saving, the editor having agreed. */
    leaveAnyway() {
      leaving.current = true;
    },
    /** Saves now (for "Preview as"); true when nothing is left unsaved. */
    async saveNow(): Promise<boolean> {
      if (inFlight.current) await inFlight.current;
      const form = opts.current.form();
      if (!form) return false;
      const snap = snapshotOf(form);
      if (snap === saved.current) return true;
      return save(snap);
    },
  };
}
