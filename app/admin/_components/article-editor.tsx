"use client";

import { useEffect, useRef, useState, type MouseEvent } from "react";
import { slugify } from "@/lib/admin/slugify";
import { insertImage } from "@/lib/content/image-markdown";
import { PAYWALL_MARKER } from "@/lib/content/paywall-marker";
import { AdminForm, FieldError, sendJson, type ActionResult } from "./admin-form";
import { BodyImageInsert } from "./body-image-insert";
import { CheckboxGroup, RequirementFields, TextAreaField, TextField } from "./fields";
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
  const [body, setBody] = useState(initial);
  const [parts, setParts] = useState<{ teaserHtml: string; gatedHtml: string; split: string } | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const [pending, setPending] = useState<{ file: File; at: number } | null>(null);
  const [imageError, setImageError] = useState<string | null>(null);

  useEffect(() => {
    const timer = setTimeout(async () => {
      const result = await sendJson("/api/admin/preview", { bodyMarkdown: body });
      if (!result.ok) return setPreviewError(result.error ?? "Preview failed.");
      setPreviewError(null);
      setParts({ teaserHtml: String(result.teaserHtml ?? ""), gatedHtml: String(result.gatedHtml ?? ""), split: String(result.split ?? "") });
    }, 350);
    return () => clearTimeout(timer);
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
      if (files?.length) setImageError("Only images (PNG, JPEG, WebP or GIF) can be placed in the body.");
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
        <label htmlFor="article-body">Body (Markdown)</label>
        <div className="actions-row">
          <button type="button" className="button" onClick={insertPaywall}>
            Insert paywall break
          </button>
          <label className="button">
            Insert image…
            <input type="file" className="visually-hidden" accept="image/png,image/jpeg,image/webp,image/gif" onChange={(e) => { startImage(e.target.files); e.target.value = ""; }} />
          </label>
          <span className="hint">Everything above the break is the free teaser. Drop or paste images into the text.</span>
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
      <section aria-label="Preview" className="preview-pane article-body" data-testid="live-preview">
        {previewError && <p className="form-error">{previewError}</p>}
        {parts && (
          <>
            <div dangerouslySetInnerHTML={{ __html: parts.teaserHtml }} />
            {parts.gatedHtml && <hr className="paywall-line" aria-label={parts.split === "marker" ? "Paywall break" : "Automatic paywall break"} />}
            <div dangerouslySetInnerHTML={{ __html: parts.gatedHtml }} />
          </>
        )}
      </section>
    </div>
  );
}

function statusText(status: AutosaveStatus, autosaves: boolean, dirty: boolean): string {
  const time = (d: Date) => d.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  if (status.kind === "saving") return "Saving…";
  if (status.kind === "error") return `Not saved: ${status.reason}`;
  if (dirty) return autosaves ? "Unsaved changes (saved automatically in a moment)." : "Unsaved changes: press Save to keep them.";
  if (status.kind === "saved") return `Saved ${time(status.at)}`;
  return "";
}

/** Unpublished pieces are autosaved; published and scheduled ones change only on Save. */
const AUTOSAVED_STATES = new Set(["draft", "submitted"]);

export function ArticleEditor(props: { article: EditorArticle | null; choices: EditorChoices; canPublish: boolean; canChangeAccess: boolean; previewHref: string | null; revisionsHref?: string | null }) {
  const { article, choices } = props;
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
    } else if (!window.confirm("You have unsaved changes. The preview shows the last saved version, and leaving this page loses your changes. Open the preview anyway?")) {
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
      label="Article"
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
        Status: <strong>{state}</strong>
        {article?.publishedAt && ` · publication date ${new Date(article.publishedAt).toLocaleString("en-GB", { timeZone: "UTC" })} UTC`}
        {props.revisionsHref && (
          <>
            {" · "}
            <a href={props.revisionsHref}>Revisions</a>
          </>
        )}
      </p>
      <p className="meta autosave-status" aria-live="polite" data-testid="autosave-status">
        {statusText(autosave.status, autosaves, autosave.dirty)}
      </p>
      <div className="field">
        <label htmlFor="article-title">Title</label>
        <input id="article-title" name="title" value={title} onChange={(e) => setTitle(e.target.value)} required />
        <FieldError name="title" />
      </div>
      <TextField name="slug" label="Slug" defaultValue={article?.slug ?? ""} placeholder={slugify(title) || "from-the-title"} hint="Leave empty to make one from the title. It becomes the address: /articles/slug." />
      <TextAreaField name="standfirst" label="Standfirst" defaultValue={article?.standfirst ?? ""} rows={2} />
      <BodyEditor initial={article?.bodyMarkdown ?? ""} />
      <ImageUpload name="heroImage" label="Hero image" initial={article?.heroImage ?? null} />
      <TextField name="heroAlt" label="Image description (alt text)" defaultValue={article?.heroAlt ?? ""} />
      <TextField name="heroCaption" label="Caption" defaultValue={article?.heroCaption ?? ""} />
      <TextField name="heroCredit" label="Credit" defaultValue={article?.heroCredit ?? ""} />
      <CheckboxGroup name="authorIds" label="Authors" options={choices.authors.map((a) => ({ value: String(a.id), label: a.name }))} checked={article?.authorIds.map(String) ?? []} />
      <CheckboxGroup name="categoryIds" label="Categories" options={choices.categories.map((c) => ({ value: String(c.id), label: c.label }))} checked={article?.categoryIds.map(String) ?? []} hint="The first ticked category is the piece's section." />
      <CheckboxGroup name="tagIds" label="Tags" options={choices.tags.map((t) => ({ value: String(t.id), label: t.name }))} checked={article?.tagIds.map(String) ?? []} />
      {props.canChangeAccess && <TextField name="newTags" label="New tags" hint="Names separated by commas; created (or matched to an existing tag) when you save." />}
      <ReadAlsoPicker initial={article?.readAlso ?? []} excludeId={article?.id ?? null} />
      <SeoFields seo={article?.seo ?? { title: "", description: "", socialTitle: "", socialDescription: "" }} />
      {props.canChangeAccess ? (
        <fieldset className="field">
          <legend>
            <strong>Access</strong>
          </legend>
          <RequirementFields prefix="requirement" level={article?.requirement.level ?? null} ccaps={article?.requirement.ccaps ?? []} levelLabels={choices.levelLabels} catalogue={choices.ccaps} />
          <CheckboxGroup name="meter" label="Free-article meter" options={[{ value: "never", label: "Never metered (free articles never open this piece)" }]} checked={article?.neverMetered ? ["never"] : []} />
          <TextField name="reason" label="Reason for an access change (audit log)" />
        </fieldset>
      ) : (
        <p className="meta">Access: set by editors.</p>
      )}
      <div className="actions-row">
        {submitButton("save", "Save")}
        {!props.canPublish && state !== "published" && submitButton("submit", "Submit for review")}
        {props.canPublish && submitButton("publish", "Publish now", true)}
        {props.canPublish && state !== "draft" && state !== "submitted" && submitButton("unpublish", "Unpublish", false, "Unpublish this article? It leaves the site, the feeds and search at once.")}
        {props.previewHref && (
          <a className="button" href={props.previewHref} onClick={openPreview}>
            Preview as…
          </a>
        )}
      </div>
      {props.canPublish && (
        <div className="inline-form">
          <ScheduleField />
          {submitButton("schedule", "Schedule")}
        </div>
      )}
    </AdminForm>
  );
}

/** datetime-local is in the editor's time zone; the server gets an ISO instant. */
function ScheduleField() {
  const [local, setLocal] = useState("");
  return (
    <div className="field">
      <label htmlFor="publish-at">Publish at (your local time)</label>
      <input id="publish-at" type="datetime-local" value={local} onChange={(e) => setLocal(e.target.value)} />
      <input type="hidden" name="publishAt" value={local ? new Date(local).toISOString() : ""} />
      <FieldError name="publishAt" />
    </div>
  );
}
