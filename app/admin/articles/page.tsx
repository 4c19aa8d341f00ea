import Link from "next/link";
import { getDb } from "@/db/client";
import { describeRequirement } from "@/lib/access/describe-requirement";
import { parseAdminArticleQuery } from "@/lib/admin/articles/admin-article-query";
import { ARTICLE_STATES } from "@/lib/admin/articles/article-state";
import { ADMIN_PAGE_SIZE, listAdminArticles } from "@/lib/admin/articles/list-admin-articles";
import { loadEditorOptions } from "@/lib/admin/articles/load-editor-options";
import { can } from "@/lib/admin/permissions";
import { formatDate } from "@/lib/i18n/format";
import { getTranslations } from "next-intl/server";
import { currentLocale } from "@/app/_lib/locale";
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
  const t = await getTranslations("admin.articles");
  const ts = await getTranslations("admin.states");
  const locale = await currentLocale();
  const stateName = (s: string) => (ts.has(s as "draft") ? ts(s as "draft") : s);

  const table = (
    <table className="admin-table">
      <thead>
        <tr>
          {bulk && <th>{t("select")}</th>}
          <th>{t("title")}</th>
          <th>{t("status")}</th>
          <th>{t("authors")}</th>
          <th>{t("whoMayRead")}</th>
          <th>{t("updated")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} data-slug={r.slug}>
            {bulk && (
              <td>
                <input type="checkbox" name="ids[]" value={r.id} aria-label={t("selectOne", { title: r.title })} />
              </td>
            )}
            <td>
              <Link href={`/admin/articles/${r.id}`}>{r.title}</Link>
            </td>
            <td>
              {stateName(r.state)}
              {r.publishedAt && r.state !== "draft" ? <div className="meta">{formatDate(r.publishedAt, locale)}</div> : null}
            </td>
            <td>{r.authors.join(", ")}</td>
            <td data-testid="effective-requirement">
              {r.effective.level === null && r.effective.ccaps.length === 0 ? t("public") : describeRequirement(r.effective, options.levelLabels, locale)}
              {r.origins.length > 0 && <div className="origin">{t("from", { origins: r.origins.map((o) => t(`origin.${o}`)).join(" + ") })}</div>}
            </td>
            <td>{formatDate(r.updatedAt, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <>
      <div className="actions-row">
        <h1>{t("heading")}</h1>
        <Link className="button primary" href="/admin/articles/new">
          {t("newArticle")}
        </Link>
      </div>
      <form className="filters" method="get" role="search">
        <div className="field">
          <label htmlFor="f-q">{t("title")}</label>
          <input id="f-q" name="q" type="search" defaultValue={query.q ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="f-status">{t("status")}</label>
          <select id="f-status" name="status" defaultValue={query.status ?? ""}>
            <option value="">{t("any")}</option>
            {ARTICLE_STATES.map((s) => (
              <option key={s} value={s}>
                {stateName(s)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-author">{t("author")}</label>
          <select id="f-author" name="author" defaultValue={query.authorId ?? ""}>
            <option value="">{t("any")}</option>
            {options.authors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-category">{t("category")}</label>
          <select id="f-category" name="category" defaultValue={query.categoryId ?? ""}>
            <option value="">{t("any")}</option>
            {options.categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-tag">{t("tag")}</label>
          <select id="f-tag" name="tag" defaultValue={query.tagId ?? ""}>
            <option value="">{t("any")}</option>
            {options.tags.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-req">{t("whoMayRead")}</label>
          <select id="f-req" name="requirement" defaultValue={query.requirement ?? ""}>
            <option value="">{t("any")}</option>
            <option value="public">{t("public")}</option>
            {options.levelLabels.map((l, i) => (
              <option key={i} value={i}>
                {t("level", { level: String(i), label: l })}
              </option>
            ))}
            {options.ccaps.map((c) => (
              <option key={c.name} value={`ccap:${c.name}`}>
                {t("needs", { ccap: c.name })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-sort">{t("sort")}</label>
          <select id="f-sort" name="sort" defaultValue={query.sort ?? "updated"}>
            <option value="updated">{t("sortUpdated")}</option>
            <option value="published">{t("sortPublished")}</option>
            <option value="title">{t("title")}</option>
          </select>
        </div>
        <button className="button" type="submit">
          {t("filter")}
        </button>
      </form>
      <p className="meta">
        {query.onlyUserId ? t("countMine", { count: total }) : t("count", { count: total })}
      </p>
      {bulk ? (
        <AdminForm action="/api/admin/articles/bulk-requirement" label={t("bulkChange")} className="stack-form">
          {table}
          <fieldset className="inline-form">
            <legend>
              <strong>{t("bulkLegend")}</strong>
            </legend>
            <RequirementFields prefix="requirement" level={null} ccaps={[]} levelLabels={options.levelLabels} catalogue={options.ccaps} label={t("newRequirement")} />
            <TextField name="reason" label={t("reason")} />
            <button className="button" type="submit">
              {t("apply")}
            </button>
          </fieldset>
        </AdminForm>
      ) : (
        table
      )}
      <nav className="pagination" aria-label={t("pagination")}>
        {query.page > 1 ? <Link href={pageHref(query.page - 1)}>{t("previous")}</Link> : <span />}
        <span>
          {t("page", { page: query.page, pages })}
        </span>
        {query.page < pages ? <Link href={pageHref(query.page + 1)}>{t("next")}</Link> : <span />}
      </nav>
    </>
  );
}
