import Link from "next/link";
import { getDb } from "@/db/client";
import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/i18n/format";
import { currentLocale } from "@/app/_lib/locale";
import { parseMemberQuery } from "@/lib/admin/members/member-query";
import { MEMBER_PAGE_SIZE, searchMembers } from "@/lib/admin/members/search-members";
import { listCcapCatalogue } from "@/lib/admin/settings/list-ccap-catalogue";
import { listAllPlans } from "@/lib/billing/plans/list-all-plans";
import { getSettings } from "@/lib/settings/settings";
import { ROLES } from "@/lib/admin/permissions";
import type { Role } from "@/lib/access/types";
import { BulkActions, SegmentFilters } from "./member-segment";
import { EmailSegment } from "./email-segment";
import { statusKey } from "./status-key";
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
  const [t, tp, locale] = await Promise.all([getTranslations("adminPeople.members.list"), getTranslations("adminPeople"), currentLocale()]);
  const statusText = (status: string) => {
    const key = statusKey(status);
    return key ? tp(`subscriptionStatus.${key}`) : status;
  };
  return (
    <>
      <div className="actions-row">
        <h1>{t("title")}</h1>
        <a className="button" href={`/api/admin/members/export?${new URLSearchParams(filters)}`}>
          {t("exportCsv")}
        </a>
        <Link className="button primary" href="/admin/members/new">
          {t("addMember")}
        </Link>
        <Link className="button" href="/admin/members/import">
          {t("importCsv")}
        </Link>
      </div>
      <form className="filters" method="get" role="search">
        <div className="field">
          <label htmlFor="m-q">{t("query")}</label>
          <input id="m-q" name="q" type="search" defaultValue={q.q ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="m-level">{t("level")}</label>
          <select id="m-level" name="level" defaultValue={q.level ?? ""}>
            <option value="">{tp("any")}</option>
            {settings.levelLabels.map((l, i) => (
              <option key={i} value={i}>
                {tp("levelOption", { level: i, label: l })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="m-ccap">{t("capability")}</label>
          <select id="m-ccap" name="ccap" defaultValue={q.ccap ?? ""}>
            <option value="">{tp("any")}</option>
            {catalogue.map((c) => (
              <option key={c.name}>{c.name}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="m-plan">{t("planStatus")}</label>
          <select id="m-plan" name="plan" defaultValue={q.plan ?? ""}>
            <option value="">{tp("any")}</option>
            {(["active", "trialing", "past_due", "canceled", "unpaid", "none"] as const).map((s) => (
              <option key={s} value={s}>
                {tp(`subscriptionStatus.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="m-role">{t("role")}</label>
          <select id="m-role" name="role" defaultValue={q.role ?? ""}>
            <option value="">{tp("any")}</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {tp(`roles.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <SegmentFilters q={q} plans={plans} />
        <button className="button" type="submit">
          {t("search")}
        </button>
      </form>
      <p className="meta">{t("count", { count: total })}</p>
      {total > 0 && <EmailSegment filter={filters} total={total} />}
      {total > 0 && <BulkActions filter={filters} total={total} levels={settings.levelLabels.map((l, i) => ({ value: String(i), label: tp("levelOption", { level: i, label: l }) }))} />}
      <table className="admin-table">
        <thead>
          <tr>
            <th>{t("email")}</th>
            <th>{t("name")}</th>
            <th>{t("level")}</th>
            <th>{t("capabilities")}</th>
            <th>{t("complimentary")}</th>
            <th>{t("plan")}</th>
            <th>{t("role")}</th>
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
              <td>{m.ccaps.map((c) => (c.expiresAt ? t("ccapUntil", { ccap: c.name, date: formatDate(new Date(c.expiresAt), locale) }) : c.name)).join(", ")}</td>
              <td>{m.compLevel !== null && m.compUntil ? t("compUntil", { level: m.compLevel, date: formatDate(m.compUntil, locale) }) : ""}</td>
              <td>{m.planStatus ? statusText(m.planStatus) : "—"}</td>
              <td>{ROLES.find((r) => r === m.role) ? tp(`roles.${m.role as Role}`) : m.role}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav className="pagination" aria-label={t("pagination")}>
        {q.page > 1 ? <Link href={href(q.page - 1)}>{t("previous")}</Link> : <span />}
        <span>
          {t("pageOf", { page: q.page, pages })}
        </span>
        {q.page < pages ? <Link href={href(q.page + 1)}>{t("next")}</Link> : <span />}
      </nav>
    </>
  );
}
