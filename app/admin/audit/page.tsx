import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { AUDIT_PAGE_SIZE, listAudit, parseAuditQuery } from "@/lib/admin/audit/list-audit";
import { requireStaff } from "../_lib/require-staff";
import { currentLocale } from "@/app/_lib/locale";
import { auditActionLabel } from "@/lib/admin/audit/audit-action-label";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const show = (value: unknown) => (value === null || value === undefined ? "—" : JSON.stringify(value));

export default async function AuditPage({ searchParams }: Props) {
  await requireStaff("viewAudit", "/admin/audit");
  const params = await searchParams;
  const q = parseAuditQuery(params);
  const [{ rows, total }, t, locale] = await Promise.all([listAudit(await getDb(), q), getTranslations("adminPeople.audit"), currentLocale()]);
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const href = (page: number) => `/admin/audit?${new URLSearchParams({ ...(Object.fromEntries(Object.entries(params).filter(([, v]) => typeof v === "string")) as Record<string, string>), page: String(page) })}`;
  const day = (d: Date | undefined) => (d ? d.toISOString().slice(0, 10) : "");
  return (
    <>
      <h1>{t("title")}</h1>
      <form className="filters" method="get" role="search">
        <div className="field">
          <label htmlFor="a-action">{t("action")}</label>
          <select id="a-action" name="action" defaultValue={q.action ?? ""}>
            <option value="">{t("any")}</option>
            {(["article", "category", "tag", "member", "ccap", "settings", "role", "author"] as const).map((a) => (
              <option key={a} value={`${a}.`}>
                {t(`areas.${a}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="a-target">{t("target")}</label>
          <input id="a-target" name="target" defaultValue={q.target ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="a-actor">{t("actor")}</label>
          <input id="a-actor" name="actor" defaultValue={q.actor ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="a-from">{t("from")}</label>
          <input id="a-from" name="from" type="date" defaultValue={day(q.from)} />
        </div>
        <div className="field">
          <label htmlFor="a-to">{t("to")}</label>
          <input id="a-to" name="to" type="date" defaultValue={day(q.to)} />
        </div>
        <button className="button" type="submit">
          {t("filter")}
        </button>
      </form>
      <p className="meta">{t("count", { count: total })}</p>
      <table className="admin-table">
        <thead>
          <tr>
            <th>{t("when")}</th>
            <th>{t("who")}</th>
            <th>{t("what")}</th>
            <th>{t("targetColumn")}</th>
            <th>{t("fromTo")}</th>
            <th>{t("reason")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>{r.createdAt.toISOString().slice(0, 16).replace("T", " ")}</td>
              <td>{r.actorEmail ?? "—"}</td>
              <td title={r.action}>{auditActionLabel(r.action, locale)}</td>
              <td>
                {r.targetType} {r.targetId}
              </td>
              <td>
                <code>{show(r.before)}</code> → <code>{show(r.after)}</code>
              </td>
              <td>{r.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav className="pagination" aria-label={t("pagination")}>
        {q.page > 1 ? <Link href={href(q.page - 1)}>{t("newer")}</Link> : <span />}
        <span>
          {t("pageOf", { page: q.page, pages })}
        </span>
        {q.page < pages ? <Link href={href(q.page + 1)}>{t("older")}</Link> : <span />}
      </nav>
    </>
  );
}
