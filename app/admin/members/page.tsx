import Link from "next/link";
import { getDb } from "@/db/client";
import { formatDate } from "@/lib/content/format-date";
import { parseMemberQuery } from "@/lib/admin/members/member-query";
import { MEMBER_PAGE_SIZE, searchMembers } from "@/lib/admin/members/search-members";
import { listCcapCatalogue } from "@/lib/admin/settings/list-ccap-catalogue";
import { listAllPlans } from "@/lib/billing/plans/list-all-plans";
import { getSettings } from "@/lib/settings/settings";
import { BulkActions, SegmentFilters } from "./member-segment";
import { EmailSegment } from "./email-segment";
import { UnverifiedMark } from "../_components/unverified-mark";
import { requireStaff } from "../_lib/require-staff";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MembersPage({ searchParams }: Props) {
  await requireStaff("manageMembers", "/admin/members");
  const params = await searchParams;
  const q = parseMemberQuery(params);
  const db = await getDb();
  const now = new Date();
  const [{ rows, total }, catalogue, settings, plans] = await Promise.all([searchMembers(db, q, { now, limit: MEMBER_PAGE_SIZE }), listCcapCatalogue(db), getSettings(db), listAllPlans(db)]);
  const filters = Object.fromEntries(Object.entries(params).filter(([k, v]) => typeof v === "string" && v && k !== "page")) as Record<string, string>;
  const href = (page: number) => `/admin/members?${new URLSearchParams({ ...filters, page: String(page) })}`;
  const pages = Math.max(1, Math.ceil(total / MEMBER_PAGE_SIZE));
  return (
    <>
      <div className="actions-row">
        <h1>Members</h1>
        <a className="button" href={`/api/admin/members/export?${new URLSearchParams(filters)}`}>
          Export CSV
        </a>
        <Link className="button primary" href="/admin/members/new">
          Add member
        </Link>
        <Link className="button" href="/admin/members/import">
          Import CSV
        </Link>
      </div>
      <form className="filters" method="get" role="search">
        <div className="field">
          <label htmlFor="m-q">E-mail or name</label>
          <input id="m-q" name="q" type="search" defaultValue={q.q ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="m-level">Level</label>
          <select id="m-level" name="level" defaultValue={q.level ?? ""}>
            <option value="">Any</option>
            {settings.levelLabels.map((l, i) => (
              <option key={i} value={i}>
                {i} “{l}”
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="m-ccap">Capability</label>
          <select id="m-ccap" name="ccap" defaultValue={q.ccap ?? ""}>
            <option value="">Any</option>
            {catalogue.map((c) => (
              <option key={c.name}>{c.name}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="m-plan">Plan status</label>
          <select id="m-plan" name="plan" defaultValue={q.plan ?? ""}>
            <option value="">Any</option>
            {["active", "trialing", "past_due", "canceled", "unpaid", "none"].map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="m-role">Role</label>
          <select id="m-role" name="role" defaultValue={q.role ?? ""}>
            <option value="">Any</option>
            {["reader", "author", "editor", "admin"].map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        </div>
        <SegmentFilters q={q} plans={plans} />
        <button className="button" type="submit">
          Search
        </button>
      </form>
      <p className="meta">{total} member(s).</p>
      {total > 0 && <EmailSegment filter={filters} total={total} />}
      {total > 0 && <BulkActions filter={filters} total={total} levels={settings.levelLabels.map((l, i) => ({ value: String(i), label: `${i} “${l}”` }))} />}
      <table className="admin-table">
        <thead>
          <tr>
            <th>E-mail</th>
            <th>Name</th>
            <th>Level</th>
            <th>Capabilities</th>
            <th>Complimentary</th>
            <th>Plan</th>
            <th>Role</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => (
            <tr key={m.id}>
              <td>
                <Link href={`/admin/members/${m.id}`}>{m.email}</Link>
                <UnverifiedMark isVerified={m.isVerified} />
              </td>
              <td>{m.name}</td>
              <td>{m.level}</td>
              <td>{m.ccaps.map((c) => c.name + (c.expiresAt ? ` (until ${formatDate(new Date(c.expiresAt))})` : "")).join(", ")}</td>
              <td>{m.compLevel !== null && m.compUntil ? `Level ${m.compLevel} until ${formatDate(m.compUntil)}` : ""}</td>
              <td>{m.planStatus ?? "—"}</td>
              <td>{m.role}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav className="pagination" aria-label="Pagination">
        {q.page > 1 ? <Link href={href(q.page - 1)}>← Previous</Link> : <span />}
        <span>
          Page {q.page} of {pages}
        </span>
        {q.page < pages ? <Link href={href(q.page + 1)}>Next →</Link> : <span />}
      </nav>
    </>
  );
}
