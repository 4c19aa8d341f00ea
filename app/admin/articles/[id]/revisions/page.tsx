import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { currentLocale } from "@/app/_lib/locale";
import { formatDate } from "@/lib/i18n/format";
import { forbidden, notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { PostButton } from "@/app/_components/post-button";
import { loadArticleForEdit } from "@/lib/admin/articles/load-article-for-edit";
import { listRevisions, loadRevision } from "@/lib/admin/editor/list-revisions";
import { revisionDiff } from "@/lib/admin/editor/revision-diff";
import { canEditArticle } from "@/lib/admin/permissions";
import { parseSerialId } from "@/lib/validation/ids";
import { requireStaff } from "../../../_lib/require-staff";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };


export default async function RevisionsPage({ params, searchParams }: Props) {
  const { id: raw } = await params;
  const member = await requireStaff("writeArticles", `/admin/articles/${raw}/revisions`);
  const id = parseSerialId(raw);
  if (id === null) notFound();
  const db = await getDb();
  const article = await loadArticleForEdit(db, id);
  if (!article) notFound();
  if (!canEditArticle({ id: member.viewer.id, role: member.viewer.role }, article)) forbidden();
  const query = await searchParams;
  const compareId = typeof query.compare === "string" ? parseSerialId(query.compare) : null;
  const [revisions, compared] = await Promise.all([listRevisions(db, id), compareId === null ? null : loadRevision(db, id, compareId)]);
  const current = { ...article, reqLevel: article.requirement.level, reqCcaps: article.requirement.ccaps };
  const diff = compared ? revisionDiff(compared, current) : null;
  const restored = typeof query.restored === "string" ? query.restored : null;
  const t = await getTranslations("admin.revisions");
  const locale = await currentLocale();
  const when = (d: Date) => t("when", { date: formatDate(d, locale, "dateTime", "UTC") });
  const confirm = article.status === "published" ? t("restoreConfirm") : undefined;

  return (
    <>
      <h1>{t("heading", { title: article.title })}</h1>
      <p className="meta">
        <Link href={`/admin/articles/${id}`}>{t("back")}</Link> · {t("currentVersion", { version: article.version })}
      </p>
      {restored && (
        <p className="form-message" role="status">
          {t("restored", { version: restored })}
        </p>
      )}
      {revisions.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <div className="table-scroll">
          <table className="admin-table" data-testid="revisions">
            <thead>
              <tr>
                <th scope="col">{t("revision")}</th>
                <th scope="col">{t("whenColumn")}</th>
                <th scope="col">{t("by")}</th>
                <th scope="col">{t("what")}</th>
                <th scope="col">{t("title")}</th>
                <th scope="col">{t("actions")}</th>
              </tr>
            </thead>
            <tbody>
              {revisions.map((r) => (
                <tr key={r.id} aria-current={r.id === compareId ? "true" : undefined}>
                  <td>
                    {t("revisionId", { id: r.id, version: r.version })}
                  </td>
                  <td>{when(r.createdAt)}</td>
                  <td>{r.editor}</td>
                  <td>
                    {t(`kind.${r.kind}`)}
                    {r.restoredFrom !== null && ` ${t("restoredFrom", { id: r.restoredFrom })}`}
                  </td>
                  <td>{r.title}</td>
                  <td className="actions-row">
                    <Link href={`/admin/articles/${id}/revisions?compare=${r.id}`} aria-label={t("compareLabel", { id: r.id })}>
                      {t("compare")}
                    </Link>
                    <PostButton action={`/api/admin/articles/${id}/revisions/${r.id}/restore`} body={{ version: String(article.version) }} label={t("restore", { id: r.id })} confirm={confirm} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {compareId !== null && !compared && <p className="form-error">{t("notThisArticle")}</p>}
      {compared && diff && (
        <section aria-labelledby="diff-heading" data-testid="revision-diff">
          <h2 id="diff-heading">
            {t("changesFrom", { id: compared.id })}
          </h2>
          {diff.every((d) => !d.changed) && <p>{t("noDifferences")}</p>}
          {diff
            .filter((d) => d.changed)
            .map((d) => (
              <div key={d.field} className="revision-diff">
                <h3>{t(`field.${d.field}`)}</h3>
                <pre className="diff">
                  {d.parts.map((p, i) =>
                    p.kind === "added" ? (
                      <ins key={i}>{p.text}</ins>
                    ) : p.kind === "removed" ? (
                      <del key={i}>{p.text}</del>
                    ) : (
                      <span key={i}>{p.text}</span>
                    ),
                  )}
                </pre>
              </div>
            ))}
          <p className="hint">{t("diffHint", { id: compared.id })}</p>
        </section>
      )}
    </>
  );
}
