"use client";

import { useEffect, useRef, useState } from "react";
import { slugify } from "@/lib/admin/slugify";
import { PAYWALL_MARKER } from "@/lib/content/paywall-marker";
import { AdminForm, FieldError, sendJson } from "./admin-form";
import { CheckboxGroup, RequirementFields, TextAreaField, TextField } from "./fields";
import { ImageUpload } from "./image-upload";
import { ReadAlsoPicker } from "./read-also-picker";


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

  return (
    <div className="editor-grid">
      <div className="field editor-body">
        <label htmlFor="article-body">Body (Markdown)</label>
        <div className="actions-row">
          <button type="button" className="button" onClick={insertPaywall}>
            Insert paywall break
          </button>
          <span className="hint">Everything above the break is the free teaser.</span>
        </div>
        <textarea id="article-body" name="bodyMarkdown" ref={area} value={body} onChange={(e) => setBody(e.target.value)} />
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

export function ArticleEditor(props: { article: EditorArticle | null; choices: EditorChoices; canPublish: boolean; canChangeAccess: boolean; previewHref: string | null }) {
  const { article, choices } = props;
  const [version, setVersion] = useState(article?.version ?? 0);
  const [title, setTitle] = useState(article?.title ?? "");
  const [state, setState] = useState(article?.state ?? "draft");
  const action = article ? `/api/admin/articles/${article.id}` : "/api/admin/articles";

  return (
    <AdminForm
      action={action}
      label="Article"
      className="admin-form editor-form"
      onSuccess={(r) => {
        if (typeof r.version === "number") setVersion(r.version);
        if (typeof r.state === "string") setState(r.state);
      }}
    >
      {article && <input type="hidden" name="version" value={version} />}
      <p className="meta" data-testid="article-state">
        Status: <strong>{state}</strong>
        {article?.publishedAt && ` · publication date ${new Date(article.publishedAt).toLocaleString("en-GB", { timeZone: "UTC" })} UTC`}
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
      <ReadAlsoPicker initial={article?.readAlso ?? []} excludeId={article?.id ?? null} />
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
        <button className="button" type="submit" name="intent" value="save">
          Save
        </button>
        {!props.canPublish && state !== "published" && (
          <button className="button" type="submit" name="intent" value="submit">
            Submit for review
          </button>
        )}
        {props.canPublish && (
          <button className="button primary" type="submit" name="intent" value="publish">
            Publish now
          </button>
        )}
        {props.canPublish && state !== "draft" && state !== "submitted" && (
          <button className="button" type="submit" name="intent" value="unpublish" data-confirm="Unpublish this article? It leaves the site, the feeds and search at once.">
            Unpublish
          </button>
        )}
        {props.previewHref && (
          <a className="button" href={props.previewHref}>
            Preview as…
          </a>
        )}
      </div>
      {props.canPublish && (
        <div className="inline-form">
          <ScheduleField />
          <button className="button" type="submit" name="intent" value="schedule">
            Schedule
          </button>
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
