import Link from "next/link";
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

const KIND = { save: "Saved", autosave: "Autosaved", restore: "Restored" } as const;
const when = (d: Date) => `${d.toLocaleString("en-GB", { timeZone: "UTC", dateStyle: "medium", timeStyle: "short" })} UTC`;

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
  const confirm = article.status === "published" ? "This piece is published: restoring changes what readers see now. Restore this revision?" : undefined;

  return (
    <>
      <h1>Revisions of “{article.title}”</h1>
      <p className="meta">
        <Link href={`/admin/articles/${id}`}>Back to the editor</Link> · current version {article.version}
      </p>
      {restored && (
        <p className="form-message" role="status">
          Restored: the article is now at version {restored}.
        </p>
      )}
      {revisions.length === 0 ? (
        <p>No revisions yet: one is kept at every save.</p>
      ) : (
        <div className="table-scroll">
          <table className="admin-table" data-testid="revisions">
            <thead>
              <tr>
                <th scope="col">Revision</th>
                <th scope="col">When</th>
                <th scope="col">By</th>
                <th scope="col">What</th>
                <th scope="col">Title</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {revisions.map((r) => (
                <tr key={r.id} aria-current={r.id === compareId ? "true" : undefined}>
                  <td>
                    #{r.id} (version {r.version})
                  </td>
                  <td>{when(r.createdAt)}</td>
                  <td>{r.editor}</td>
                  <td>
                    {KIND[r.kind]}
                    {r.restoredFrom !== null && ` from #${r.restoredFrom}`}
                  </td>
                  <td>{r.title}</td>
                  <td className="actions-row">
                    <Link href={`/admin/articles/${id}/revisions?compare=${r.id}`} aria-label={`Compare revision #${r.id} with the current version`}>
                      Compare
                    </Link>
                    <PostButton action={`/api/admin/articles/${id}/revisions/${r.id}/restore`} body={{ version: String(article.version) }} label={`Restore #${r.id}`} confirm={confirm} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {compareId !== null && !compared && <p className="form-error">This revision does not belong to this article.</p>}
      {compared && diff && (
        <section aria-labelledby="diff-heading" data-testid="revision-diff">
          <h2 id="diff-heading">
            Changes from revision #{compared.id} to the current version
          </h2>
          {diff.every((d) => !d.changed) && <p>No differences in title, standfirst, access or body.</p>}
          {diff
            .filter((d) => d.changed)
            .map((d) => (
              <div key={d.field} className="revision-diff">
                <h3>{d.field}</h3>
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
          <p className="hint">Struck-through text is in revision #{compared.id} only; underlined text is in the current version only.</p>
        </section>
      )}
    </>
  );
}
