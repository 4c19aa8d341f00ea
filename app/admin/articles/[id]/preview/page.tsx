import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { renderArticleRest } from "@/lib/articles/render-article-rest";
import { getDb } from "@/db/client";
import { parseSerialId } from "@/lib/validation/ids";
import { decideAccess } from "@/lib/access/decide-access";
import { describeRequirement } from "@/lib/access/describe-requirement";
import { loadArticleForEdit } from "@/lib/admin/articles/load-article-for-edit";
import { parsePreviewAs, previewViewer, type PreviewAs } from "@/lib/admin/articles/preview-viewer";
import { canEditArticle } from "@/lib/admin/permissions";
import { getArticle } from "@/lib/articles/get-article";
import { loadGatedHtml } from "@/lib/articles/load-gated-html";
import { listCcapCatalogue } from "@/lib/admin/settings/list-ccap-catalogue";
import { getSettings } from "@/lib/settings/settings";
import { loadOfferCatalogue } from "@/lib/billing/offer/offer-catalogue";
import { offerForPaywall } from "@/lib/billing/offer/offer-for-paywall";
import { requireStaff } from "../../../_lib/require-staff";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const STANDARD: { label: string; as: PreviewAs; query: string }[] = [
  { label: "Anonymous", as: { kind: "anonymous" }, query: "as=anonymous" },
  ...[0, 1, 2, 3, 4].map((level) => ({ label: `Level ${level}`, as: { kind: "member" as const, level, ccaps: [] }, query: `as=${level}` })),
];

/**
 * "Preview as": the saved article exactly as a given reader would receive it, decided by
 * decideAccess with a made-up reader (treated as published, so drafts can be checked).
 */
export default async function PreviewAsPage({ params, searchParams }: Props) {
  const { id: raw } = await params;
  const member = await requireStaff("writeArticles", `/admin/articles/${raw}/preview`);
  const id = parseSerialId(raw);
  if (id === null) notFound();
  const db = await getDb();
  const editable = await loadArticleForEdit(db, id);
  if (!editable) notFound();
  if (!canEditArticle({ id: member.viewer.id, role: member.viewer.role }, editable)) forbidden();
  const now = new Date();
  const [view, settings, catalogue, offers] = await Promise.all([getArticle(db, editable.slug, { now, includeUnpublished: true }), getSettings(db), listCcapCatalogue(db), loadOfferCatalogue(db)]);
  if (!view) notFound();
  const as = parsePreviewAs(await searchParams);
  const context = { now, isPublished: true, isOwnArticle: false };
  const decision = decideAccess(previewViewer(as), view.requirement, context);
  const gatedHtml = decision.allowed ? await loadGatedHtml(db, view.id) : "";
  const current = as.kind === "anonymous" ? "as=anonymous" : as.ccaps.length ? "custom" : `as=${as.level}`;

  return (
    <>
      <h1>Preview as a reader</h1>
      <p>
        <Link href={`/admin/articles/${view.id}`}>← Back to the editor</Link> · Needs: {describeRequirement(view.requirement, settings.levelLabels) || "nothing (public)"}
      </p>
      <table className="admin-table" aria-label="Who may read">
        <tbody>
          {STANDARD.map((s) => {
            const d = decideAccess(previewViewer(s.as), view.requirement, context);
            return (
              <tr key={s.query}>
                <th scope="row">{s.label}</th>
                <td>{d.allowed ? "reads the full text" : `teaser and paywall (${d.reason})`}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ul className="preview-tabs" aria-label="Preview as">
        {STANDARD.map((s) => (
          <li key={s.query}>
            <Link href={`?${s.query}`} aria-current={current === s.query ? "page" : undefined}>
              {s.label}
            </Link>
          </li>
        ))}
      </ul>
      <form method="get" className="inline-form" aria-label="Preview with capabilities">
        <div className="field">
          <label htmlFor="pv-level">Level</label>
          <select id="pv-level" name="as" defaultValue={as.kind === "member" ? String(as.level) : "0"}>
            {[0, 1, 2, 3, 4].map((l) => (
              <option key={l} value={l}>
                Level {l}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="pv-ccaps">Capabilities (comma-separated)</label>
          <input id="pv-ccaps" name="ccaps" defaultValue={as.kind === "member" ? as.ccaps.join(",") : ""} placeholder={catalogue.map((c) => c.name).join(",")} />
        </div>
        <button className="button" type="submit">
          Preview
        </button>
      </form>
      <article className="article" data-testid="preview" data-allowed={decision.allowed}>
        <h2 className="meta">
          {as.kind === "anonymous" ? "Anonymous visitor" : `Level ${as.level}${as.ccaps.length ? ` with ${as.ccaps.join(", ")}` : ""}`}: {decision.allowed ? "full text" : "teaser and paywall"}
        </h2>
        <h1>{view.title}</h1>
        <p className="standfirst">{view.standfirst}</p>
        <div className="article-body">
          <div className="teaser-content" dangerouslySetInnerHTML={{ __html: view.teaserHtml }} />
          <div
            dangerouslySetInnerHTML={{
              __html: renderArticleRest(
                decision.allowed
                  ? { kind: "full", gatedHtml }
                  : { kind: "paywall", ...offerForPaywall(previewViewer(as), view.requirement, decision, offers, { now }) },
                { slug: view.slug },
              ),
            }}
          />
        </div>
      </article>
    </>
  );
}
