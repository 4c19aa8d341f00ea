import Link from "next/link";
import { getDb } from "@/db/client";
import { describeRequirement } from "@/lib/access/describe-requirement";
import { parseAdminArticleQuery } from "@/lib/admin/articles/admin-article-query";
import { ARTICLE_STATES } from "@/lib/admin/articles/article-state";
import { ADMIN_PAGE_SIZE, listAdminArticles } from "@/lib/admin/articles/list-admin-articles";
import { loadEditorOptions } from "@/lib/admin/articles/load-editor-options";
import { can } from "@/lib/admin/permissions";
import { formatDate } from "@/lib/content/format-date";
import { AdminForm } from "../_components/admin-form";
import { RequirementFields, TextField } from "../_components/fields";
import { requireStaff } from "../_lib/require-staff";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ArticlesPage({ searchParams }: Props) {
  const member = await requireStaff("writeArticles", "/admin/articles");
  const params = await searchParams;
  const role = member.viewer.role;
  const query = { ...parseAdminArticleQuery(params), onlyUserId: can(role, "editAnyArticle") ? undefined : member.viewer.id };
  const db = await getDb();
  const [{ rows, total }, options] = await Promise.all([listAdminArticles(db, query, new Date()), loadEditorOptions(db)]);
  const pages = Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE));
  const pageHref = (n: number) => `/admin/articles?${new URLSearchParams({ ...Object.fromEntries(Object.entries(params).filter(([, v]) => typeof v === "string") as [string, string][]), page: String(n) })}`;
  const bulk = can(role, "manageAccess");

  const table = (
    <table className="admin-table">
      <thead>
        <tr>
          {bulk && <th>Select</th>}
          <th>Title</th>
          <th>Status</th>
          <th>Authors</th>
          <th>Who may read</th>
          <th>Updated</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} data-slug={r.slug}>
            {bulk && (
              <td>
                <input type="checkbox" name="ids[]" value={r.id} aria-label={`Select ${r.title}`} />
              </td>
            )}
            <td>
              <Link href={`/admin/articles/${r.id}`}>{r.title}</Link>
            </td>
            <td>
              {r.state}
              {r.publishedAt && r.state !== "draft" ? <div className="meta">{formatDate(r.publishedAt)}</div> : null}
            </td>
            <td>{r.authors.join(", ")}</td>
            <td data-testid="effective-requirement">
              {r.effective.level === null && r.effective.ccaps.length === 0 ? "Public" : describeRequirement(r.effective, options.levelLabels)}
              {r.origins.length > 0 && <div className="origin">from {r.origins.join(" + ")}</div>}
            </td>
            <td>{formatDate(r.updatedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <>
      <div className="actions-row">
        <h1>Articles</h1>
        <Link className="button primary" href="/admin/articles/new">
          New article
        </Link>
      </div>
      <form className="filters" method="get" role="search">
        <div className="field">
          <label htmlFor="f-q">Title</label>
          <input id="f-q" name="q" type="search" defaultValue={query.q ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="f-status">Status</label>
          <select id="f-status" name="status" defaultValue={query.status ?? ""}>
            <option value="">Any</option>
            {ARTICLE_STATES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-author">Author</label>
          <select id="f-author" name="author" defaultValue={query.authorId ?? ""}>
            <option value="">Any</option>
            {options.authors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-category">Category</label>
          <select id="f-category" name="category" defaultValue={query.categoryId ?? ""}>
            <option value="">Any</option>
            {options.categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-tag">Tag</label>
          <select id="f-tag" name="tag" defaultValue={query.tagId ?? ""}>
            <option value="">Any</option>
            {options.tags.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-req">Who may read</label>
          <select id="f-req" name="requirement" defaultValue={query.requirement ?? ""}>
            <option value="">Any</option>
            <option value="public">Public</option>
            {options.levelLabels.map((l, i) => (
              <option key={i} value={i}>
                Level {i} “{l}”
              </option>
            ))}
            {options.ccaps.map((c) => (
              <option key={c.name} value={`ccap:${c.name}`}>
                Needs {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-sort">Sort</label>
          <select id="f-sort" name="sort" defaultValue={query.sort ?? "updated"}>
            <option value="updated">Last updated</option>
            <option value="published">Publication date</option>
            <option value="title">Title</option>
          </select>
        </div>
        <button className="button" type="submit">
          Filter
        </button>
      </form>
      <p className="meta">
        {total} article{total === 1 ? "" : "s"}
        {query.onlyUserId ? " with your byline" : ""}.
      </p>
      {bulk ? (
        <AdminForm action="/api/admin/articles/bulk-requirement" label="Bulk change" className="stack-form">
          {table}
          <fieldset className="inline-form">
            <legend>
              <strong>Change who may read the selected articles</strong>
            </legend>
            <RequirementFields prefix="requirement" level={null} ccaps={[]} levelLabels={options.levelLabels} catalogue={options.ccaps} label="New requirement" />
            <TextField name="reason" label="Reason (audit log)" />
            <button className="button" type="submit">
              Apply to selected
            </button>
          </fieldset>
        </AdminForm>
      ) : (
        table
      )}
      <nav className="pagination" aria-label="Pagination">
        {query.page > 1 ? <Link href={pageHref(query.page - 1)}>← Previous</Link> : <span />}
        <span>
          Page {query.page} of {pages}
        </span>
        {query.page < pages ? <Link href={pageHref(query.page + 1)}>Next →</Link> : <span />}
      </nav>
    </>
  );
}
