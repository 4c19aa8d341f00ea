import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { forbidden, notFound } from "next/navigation";
import { currentLocale } from "@/app/_lib/locale";
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

const STANDARD: { level: number | null; as: PreviewAs; query: string }[] = [
  { level: null, as: { kind: "anonymous" }, query: "as=anonymous" },
  ...[0, 1, 2, 3, 4].map((level) => ({ level, as: { kind: "member" as const, level, ccaps: [] }, query: `as=${level}` })),
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
  const t = await getTranslations("admin.preview");
  const locale = await currentLocale();
  const labelOf = (level: number | null) => (level === null ? t("anonymous") : t("level", { level }));
  const current = as.kind === "anonymous" ? "as=anonymous" : as.ccaps.length ? "custom" : `as=${as.level}`;

  return (
    <>
      <h1>{t("heading")}</h1>
      <p>
        <Link href={`/admin/articles/${view.id}`}>{t("back")}</Link> · {t("needs", { requirement: describeRequirement(view.requirement, settings.levelLabels, locale) || t("nothingPublic") })}
      </p>
      <table className="admin-table" aria-label={t("whoMayRead")}>
        <tbody>
          {STANDARD.map((s) => {
            const d = decideAccess(previewViewer(s.as), view.requirement, context);
            return (
              <tr key={s.query}>
                <th scope="row">{labelOf(s.level)}</th>
                <td>{d.allowed ? t("readsFullText") : t("teaserAndPaywallReason", { reason: t(`reason.${d.reason}`) })}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ul className="preview-tabs" aria-label={t("previewAs")}>
        {STANDARD.map((s) => (
          <li key={s.query}>
            <Link href={`?${s.query}`} aria-current={current === s.query ? "page" : undefined}>
              {labelOf(s.level)}
            </Link>
          </li>
        ))}
      </ul>
      <form method="get" className="inline-form" aria-label={t("withCapabilities")}>
        <div className="field">
          <label htmlFor="pv-level">{t("levelLabel")}</label>
          <select id="pv-level" name="as" defaultValue={as.kind === "member" ? String(as.level) : "0"}>
            {[0, 1, 2, 3, 4].map((l) => (
              <option key={l} value={l}>
                {t("level", { level: l })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="pv-ccaps">{t("capabilities")}</label>
          <input id="pv-ccaps" name="ccaps" defaultValue={as.kind === "member" ? as.ccaps.join(",") : ""} placeholder={catalogue.map((c) => c.name).join(",")} />
        </div>
        <button className="button" type="submit">
          {t("preview")}
        </button>
      </form>
      <article className="article" data-testid="preview" data-allowed={decision.allowed}>
        <h2 className="meta">
          {t("verdict", { who: as.kind === "anonymous" ? t("anonymousVisitor") : as.ccaps.length ? t("levelWith", { level: as.level, ccaps: as.ccaps.join(", ") }) : t("level", { level: as.level }), what: decision.allowed ? t("fullText") : t("teaserAndPaywall") })}
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
                  : { kind: "paywall", ...offerForPaywall(previewViewer(as), view.requirement, decision, offers, { now, locale }) },
                { slug: view.slug, locale },
              ),
            }}
          />
        </div>
      </article>
    </>
  );
}
