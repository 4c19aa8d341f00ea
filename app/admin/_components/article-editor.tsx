"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState, type MouseEvent } from "react";
import { formatDate } from "@/lib/i18n/format";
import { toLocale } from "@/lib/i18n/locales";
import { slugify } from "@/lib/admin/slugify";
import { insertImage } from "@/lib/content/image-markdown";
import { PAYWALL_MARKER } from "@/lib/content/paywall-marker";
import { AdminForm, FieldError, sendJson, useRequestWords, type ActionResult } from "./admin-form";
import { BodyImageInsert } from "./body-image-insert";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";
import { CheckboxGroup, RequirementFields, SelectField, TextAreaField, TextField } from "./fields";
import { ImageUpload } from "./image-upload";
import { ReadAlsoPicker } from "./read-also-picker";
import { SeoFields, type EditorSeo } from "./seo-fields";
import { useAutosave, type AutosaveStatus } from "./use-autosave";


export interface EditorArticle {
  id: number;
  slug: string;
  title: string;
  standfirst: string;
  bodyMarkdown: string;
  heroImage: string | null;
  heroAlt: string;
  heroCaption: string;
  heroCredit: string;
  state: string;
  publishedAt: string | null;
  requirement: { level: number | null; ccaps: readonly string[] };
  neverMetered: boolean;
  /** Its own language; null: the site's. */
  language: Locale | null;
  /** The original it translates. */
  translationOf: { id: number; slug: string } | null;
  version: number;
  authorIds: number[];
  categoryIds: number[];
  tagIds: number[];
  readAlso: { id: number; title: string }[];
  seo: EditorSeo;
}

export interface EditorChoices {
  authors: { id: number; name: string }[];
  categories: { id: number; label: string }[];
  tags: { id: number; name: string }[];
  ccaps: { name: string }[];
  levelLabels: string[];
}

/** Markdown source on the left, the site's own rendering on the right (via /api/admin/preview). */
function BodyEditor({ initial }: { initial: string }) {
  const t = useTranslations("admin.editor");
  const words = useRequestWords();
  const [body, setBody] = useState(initial);
  const [parts, setParts] = useState<{ teaserHtml: string; gatedHtml: string; split: string } | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const [pending, setPending] = useState<{ file: File; at: number } | null>(null);
  const [imageError, setImageError] = useState<string | null>(null);

  useEffect(() => {
    const timer = setTimeout(async () => {
      const result = await sendJson("/api/admin/preview", { bodyMarkdown: body }, "POST", words);
      if (!result.ok) return setPreviewError(result.error ?? t("previewFailed"));
      setPreviewError(null);
      setParts({ teaserHtml: String(result.teaserHtml ?? ""), gatedHtml: String(result.gatedHtml ?? ""), split: String(result.split ?? "") });
    }, 350);
    return () => clearTimeout(timer);
    // t and words change with the language only, which a page keeps.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [body]);

  function insertPaywall() {
    const el = area.current;
    const at = el ? el.selectionStart : body.length;
    const before = body.slice(0, at).replace(/\s*$/, "");
    const after = body.slice(at).replace(/^\s*/, "");
    setBody(`${before}\n\n${PAYWALL_MARKER}\n\n${after}`);
  }

  /** An image file dropped, pasted or chosen: it waits for its alt text before going in. */
  function startImage(files: FileList | null | undefined): boolean {
    const file = [...(files ?? [])].find((f) => f.type.startsWith("image/"));
    if (!file) {
      if (files?.length) setImageError(t("onlyImages"));
      return false;
    }
    setImageError(null);
    setPending({ file, at: area.current?.selectionStart ?? body.length });
    return true;
  }

  function placeImage(markdown: string) {
    if (!pending) return;
    const next = insertImage(body, Math.min(pending.at, body.length), markdown);
    setBody(next.body);
    setPending(null);
    requestAnimationFrame(() => {
      area.current?.focus();
      area.current?.setSelectionRange(next.caret, next.caret);
    });
  }

  return (
    <div className="editor-grid">
      <div className="field editor-body">
        <label htmlFor="article-body">{t("body")}</label>
        <div className="actions-row">
          <button type="button" className="button" onClick={insertPaywall}>
            {t("insertPaywall")}
          </button>
          <label className="button">
            {t("insertImage")}
            <input type="file" className="visually-hidden" accept="image/png,image/jpeg,image/webp,image/gif" onChange={(e) => { startImage(e.target.files); e.target.value = ""; }} />
          </label>
          <span className="hint">{t("bodyHint")}</span>
        </div>
        <textarea
          id="article-body"
          name="bodyMarkdown"
          ref={area}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          onPaste={(e) => {
            if (e.clipboardData.files.length && startImage(e.clipboardData.files)) e.preventDefault();
          }}
          onDragOver={(e) => {
            if (e.dataTransfer.types.includes("Files")) e.preventDefault();
          }}
          onDrop={(e) => {
            if (!e.dataTransfer.files.length) return;
            e.preventDefault();
            startImage(e.dataTransfer.files);
          }}
        />
        {imageError && (
          <p className="field-error" role="alert">
            {imageError}
          </p>
        )}
        {pending && <BodyImageInsert key={pending.at + pending.file.name} file={pending.file} onInsert={placeImage} onCancel={() => setPending(null)} />}
        <FieldError name="bodyMarkdown" />
      </div>
      {/* Focusable: a long piece's preview scrolls, and keyboard readers must reach it. */}
      <section aria-label={t("preview")} className="preview-pane article-body" data-testid="live-preview" tabIndex={0}>
        {previewError && <p className="form-error">{previewError}</p>}
        {parts && (
          <>
            <div dangerouslySetInnerHTML={{ __html: parts.teaserHtml }} />
            {parts.gatedHtml && <hr className="paywall-line" aria-label={parts.split === "marker" ? t("paywallBreak") : t("automaticPaywallBreak")} />}
            <div dangerouslySetInnerHTML={{ __html: parts.gatedHtml }} />
          </>
        )}
      </section>
    </div>
  );
}

type EditorT = ReturnType<typeof useTranslations<"admin.editor">>;

function statusText(t: EditorT, status: AutosaveStatus, autosaves: boolean, dirty: boolean): string {
  // The editor's own clock: the time it saw the save, in its own time zone.
  const time = (d: Date) => d.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  if (status.kind === "saving") return t("saving");
  if (status.kind === "error") return t("notSaved", { reason: status.reason });
  if (dirty) return autosaves ? t("unsavedAutosave") : t("unsavedPressSave");
  if (status.kind === "saved") return t("savedAt", { time: time(status.at) });
  return "";
}

/** Unpublished pieces are autosaved; published and scheduled ones change only on Save. */
const AUTOSAVED_STATES = new Set(["draft", "submitted"]);

export function ArticleEditor(props: { article: EditorArticle | null; choices: EditorChoices; canPublish: boolean; canChangeAccess: boolean; previewHref: string | null; revisionsHref?: string | null }) {
  const { article, choices } = props;
  const t = useTranslations("admin.editor");
  const ts = useTranslations("admin.states");
  const locale = toLocale(useLocale());
  const [version, setVersion] = useState(article?.version ?? 0);
  const [title, setTitle] = useState(article?.title ?? "");
  const [state, setState] = useState(article?.state ?? "draft");
  const anchor = useRef<HTMLDivElement>(null);
  const versionRef = useRef(version);
  const action = article ? `/api/admin/articles/${article.id}` : "/api/admin/articles";
  const autosaves = article !== null && AUTOSAVED_STATES.has(state);
  const autosave = useAutosave({
    form: () => anchor.current?.closest("form") ?? null,
    autosaveUrl: autosaves ? `/api/admin/articles/${article.id}/autosave` : null,
    version: () => versionRef.current,
    onSaved: (r) => followSave(r),
  });

  function followSave(r: ActionResult) {
    if (typeof r.version === "number") {
      versionRef.current = r.version;
      setVersion(r.version);
    }
    if (typeof r.state === "string") setState(r.state);
  }

  /** "Preview as" shows the saved piece: save first (autosaved pieces) or warn before leaving unsaved changes. */
  async function openPreview(event: MouseEvent<HTMLAnchorElement>) {
    if (!autosave.isDirty()) return;
    event.preventDefault();
    const href = event.currentTarget.href;
    if (autosaves) {
      if (!(await autosave.saveNow())) return;
    } else if (!window.confirm(t("previewUnsavedConfirm"))) {
      return;
    }
    autosave.leaveAnyway();
    window.location.assign(href);
  }

  const submitButton = (intent: string, label: string, primary = false, confirm?: string) => (
    <button className={primary ? "button primary" : "button"} type="submit" name="intent" value={intent} disabled={autosave.saving} onClick={autosave.willSubmit} data-confirm={confirm}>
      {label}
    </button>
  );

  return (
    <AdminForm
      action={action}
      label={t("formLabel")}
      className="admin-form editor-form"
      onRedirect={autosave.leaveSaved}
      onSuccess={(r) => {
        followSave(r);
        autosave.didSubmit();
        // New tags appear among the ticked tags after a reload.
        const created = anchor.current?.closest("form")?.querySelector<HTMLInputElement>("input[name=newTags]");
        if (created?.value.trim()) {
          autosave.leaveSaved();
          window.location.reload();
        }
      }}
    >
      <div ref={anchor} hidden />
      {article && <input type="hidden" name="version" value={version} />}
      <p className="meta" data-testid="article-state">
        {t("status")} <strong>{ts.has(state as "draft") ? ts(state as "draft") : state}</strong>
        {article?.publishedAt && ` · ${t("publicationDate", { date: formatDate(new Date(article.publishedAt), locale, "dateTime", "UTC") })}`}
        {props.revisionsHref && (
          <>
            {" · "}
            <a href={props.revisionsHref}>{t("revisions")}</a>
          </>
        )}
      </p>
      <p className="meta autosave-status" aria-live="polite" data-testid="autosave-status">
        {statusText(t, autosave.status, autosaves, autosave.dirty)}
      </p>
      <div className="field">
        <label htmlFor="article-title">{t("title")}</label>
        <input id="article-title" name="title" value={title} onChange={(e) => setTitle(e.target.value)} required />
        <FieldError name="title" />
      </div>
      <TextField name="slug" label={t("slug")} defaultValue={article?.slug ?? ""} placeholder={slugify(title) || t("slugPlaceholder")} hint={t("slugHint")} />
      <TextAreaField name="standfirst" label={t("standfirst")} defaultValue={article?.standfirst ?? ""} rows={2} />
      <BodyEditor initial={article?.bodyMarkdown ?? ""} />
      <ImageUpload name="heroImage" label={t("heroImage")} initial={article?.heroImage ?? null} />
      <TextField name="heroAlt" label={t("heroAlt")} defaultValue={article?.heroAlt ?? ""} />
      <TextField name="heroCaption" label={t("caption")} defaultValue={article?.heroCaption ?? ""} />
      <TextField name="heroCredit" label={t("credit")} defaultValue={article?.heroCredit ?? ""} />
      <SelectField
        name="language"
        label={t("language")}
        defaultValue={article?.language ?? ""}
        options={[{ value: "", label: t("languageSite") }, ...LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))]}
        hint={t("languageHint")}
      />
      <TextField name="translationOf" label={t("translationOf")} defaultValue={article?.translationOf?.slug ?? ""} hint={t("translationOfHint")} />
      <CheckboxGroup name="authorIds" label={t("authors")} options={choices.authors.map((a) => ({ value: String(a.id), label: a.name }))} checked={article?.authorIds.map(String) ?? []} />
      <CheckboxGroup name="categoryIds" label={t("categories")} options={choices.categories.map((c) => ({ value: String(c.id), label: c.label }))} checked={article?.categoryIds.map(String) ?? []} hint={t("categoriesHint")} />
      <CheckboxGroup name="tagIds" label={t("tags")} options={choices.tags.map((t) => ({ value: String(t.id), label: t.name }))} checked={article?.tagIds.map(String) ?? []} />
      {props.canChangeAccess && <TextField name="newTags" label={t("newTags")} hint={t("newTagsHint")} />}
      <ReadAlsoPicker initial={article?.readAlso ?? []} excludeId={article?.id ?? null} />
      <SeoFields seo={article?.seo ?? { title: "", description: "", socialTitle: "", socialDescription: "" }} />
      {props.canChangeAccess ? (
        <fieldset className="field">
          <legend>
            <strong>{t("access")}</strong>
          </legend>
          <RequirementFields prefix="requirement" level={article?.requirement.level ?? null} ccaps={article?.requirement.ccaps ?? []} levelLabels={choices.levelLabels} catalogue={choices.ccaps} />
          <CheckboxGroup name="meter" label={t("meter")} options={[{ value: "never", label: t("neverMetered") }]} checked={article?.neverMetered ? ["never"] : []} />
          <TextField name="reason" label={t("accessReason")} />
        </fieldset>
      ) : (
        <p className="meta">{t("accessByEditors")}</p>
      )}
      <div className="actions-row">
        {submitButton("save", t("save"))}
        {!props.canPublish && state !== "published" && submitButton("submit", t("submitForReview"))}
        {props.canPublish && submitButton("publish", t("publishNow"), true)}
        {props.canPublish && state !== "draft" && state !== "submitted" && submitButton("unpublish", t("unpublish"), false, t("unpublishConfirm"))}
        {props.previewHref && (
          <a className="button" href={props.previewHref} onClick={openPreview}>
            {t("previewAs")}
          </a>
        )}
      </div>
      {props.canPublish && (
        <div className="inline-form">
          <ScheduleField />
          {submitButton("schedule", t("schedule"))}
        </div>
      )}
    </AdminForm>
  );
}

/** datetime-local is in the editor's time zone; the server gets an ISO instant. */
function ScheduleField() {
  const t = useTranslations("admin.editor");
  const [local, setLocal] = useState("");
  return (
    <div className="field">
      <label htmlFor="publish-at">{t("publishAt")}</label>
      <input id="publish-at" type="datetime-local" value={local} onChange={(e) => setLocal(e.target.value)} />
      <input type="hidden" name="publishAt" value={local ? new Date(local).toISOString() : ""} />
      <FieldError name="publishAt" />
    </div>
  );
}

