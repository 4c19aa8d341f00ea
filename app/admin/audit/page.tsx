import Link from "next/link";
import { getDb } from "@/db/client";
import { AUDIT_PAGE_SIZE, listAudit, parseAuditQuery } from "@/lib/admin/audit/list-audit";
import { requireStaff } from "../_lib/require-staff";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const show = (value: unknown) => (value === null || value === undefined ? "—" : JSON.stringify(value));

export default async function AuditPage({ searchParams }: Props) {
  await requireStaff("viewAudit", "/admin/audit");
  const params = await searchParams;
  const q = parseAuditQuery(params);
  const { rows, total } = await listAudit(await getDb(), q);
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const href = (page: number) => `/admin/audit?${new URLSearchParams({ ...(Object.fromEntries(Object.entries(params).filter(([, v]) => typeof v === "string")) as Record<string, string>), page: String(page) })}`;
  const day = (d: Date | undefined) => (d ? d.toISOString().slice(0, 10) : "");
  return (
    <>
      <h1>Audit log</h1>
      <form className="filters" method="get" role="search">
        <div className="field">
          <label htmlFor="a-action">Action</label>
          <select id="a-action" name="action" defaultValue={q.action ?? ""}>
            <option value="">Any</option>
            {["article.", "category.", "tag.", "member.", "ccap.", "settings.", "role.", "author."].map((a) => (
              <option key={a} value={a}>
                {a.slice(0, -1)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="a-target">Target (id, slug, e-mail or type)</label>
          <input id="a-target" name="target" defaultValue={q.target ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="a-actor">By (e-mail)</label>
          <input id="a-actor" name="actor" defaultValue={q.actor ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="a-from">From</label>
          <input id="a-from" name="from" type="date" defaultValue={day(q.from)} />
        </div>
        <div className="field">
          <label htmlFor="a-to">To</label>
          <input id="a-to" name="to" type="date" defaultValue={day(q.to)} />
        </div>
        <button className="button" type="submit">
          Filter
        </button>
      </form>
      <p className="meta">{total} entries.</p>
      <table className="admin-table">
        <thead>
          <tr>
            <th>When (UTC)</th>
            <th>Who</th>
            <th>What</th>
            <th>Target</th>
            <th>From → to</th>
            <th>Reason</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>{r.createdAt.toISOString().slice(0, 16).replace("T", " ")}</td>
              <td>{r.actorEmail ?? "—"}</td>
              <td>{r.action}</td>
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
      <nav className="pagination" aria-label="Pagination">
        {q.page > 1 ? <Link href={href(q.page - 1)}>← Newer</Link> : <span />}
        <span>
          Page {q.page} of {pages}
        </span>
        {q.page < pages ? <Link href={href(q.page + 1)}>Older →</Link> : <span />}
      </nav>
    </>
  );
}
