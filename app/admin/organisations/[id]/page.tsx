import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { organisationManagers, organisationSeats, organisations, users } from "@/db/schema";
import { loadOrganisationUsage, parseUsageMonth } from "@/lib/access/organisation/load-organisation-usage";
import { formatDate } from "@/lib/i18n/format";
import { currentLocale } from "@/app/_lib/locale";
import { isAppError } from "@/lib/errors";
import { parseSerialId } from "@/lib/validation/ids";
import { AdminForm } from "../../_components/admin-form";
import { requireStaff } from "../../_lib/require-staff";
import { localiseErrorMessage } from "@/app/_lib/localise-error";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** One organisation: its managers and seats, and its reads per month by article and by section (CSV too). */
export default async function OrganisationPage({ params, searchParams }: Props) {
  const { id: raw } = await params;
  await requireStaff("manageAccess", `/admin/organisations/${raw}`);
  const id = parseSerialId(raw);
  if (id === null) notFound();
  const db = await getDb();
  const [organisation] = await db.select().from(organisations).where(eq(organisations.id, id)).limit(1);
  if (!organisation) notFound();
  const asked = (await searchParams).month;
  let month: string;
  let monthError = "";
  try {
    month = parseUsageMonth(typeof asked === "string" ? asked : null, new Date());
  } catch (e) {
    if (!isAppError(e)) throw e;
    month = parseUsageMonth(null, new Date());
    monthError = await localiseErrorMessage(e.message, e.words);
  }
  const [managers, seats, usage] = await Promise.all([
    db.select({ email: users.email }).from(organisationManagers).innerJoin(users, eq(users.id, organisationManagers.userId)).where(eq(organisationManagers.organisationId, id)).orderBy(asc(users.email)),
    db.select({ id: organisationSeats.id, email: organisationSeats.email, acceptedAt: organisationSeats.acceptedAt }).from(organisationSeats).where(eq(organisationSeats.organisationId, id)).orderBy(asc(organisationSeats.email)),
    loadOrganisationUsage(db, { organisationId: id, month }),
  ]);
  const [t, locale] = await Promise.all([getTranslations("adminPeople.organisations.page"), currentLocale()]);
  return (
    <>
      <h1>{organisation.name}</h1>
      <p>
        <Link href="/admin/organisations">{t("all")}</Link>
      </p>
      <h2>{t("seats")}</h2>
      <p data-testid="organisation-seats">
        {t("seatsTaken", { taken: seats.length, seats: organisation.seats, managers: managers.length ? managers.map((m) => m.email).join(", ") : t("noManagers") })}
      </p>
      {seats.length > 0 && (
        <ul>
          {seats.map((s) => (
            <li key={s.id} data-seat={s.email}>
              {s.email} — {s.acceptedAt ? t("since", { date: formatDate(s.acceptedAt, locale) }) : t("invited")}{" "}
              <AdminForm action={`/api/admin/organisations/${id}/seats`} className="inline-form" extra={{ seatId: String(s.id) }} confirm={t("freeSeatConfirm", { email: s.email })} label={t("freeSeatLabel", { email: s.email })}>
                <button className="button danger" type="submit">
                  {t("freeSeat")}
                </button>
              </AdminForm>
            </li>
          ))}
        </ul>
      )}
      <h2>{t("usage")}</h2>
      <form method="get" className="inline-form">
        <label>
          {t("month")}{" "}
          <input name="month" type="month" defaultValue={month} />
        </label>{" "}
        <button className="button" type="submit">
          {t("show")}
        </button>{" "}
        <a className="button" href={`/api/admin/organisations/${id}/usage?month=${month}`} download>
          {t("exportCsv")}
        </a>
      </form>
      {monthError && (
        <p className="form-error" role="alert">
          {monthError}
        </p>
      )}
      <p data-testid="organisation-usage-total">
        {usage.months.length > 0 ? t("totalWithMonths", { total: usage.total, month, months: usage.months.join(", ") }) : t("total", { total: usage.total, month })}
      </p>
      {usage.byArticle.length > 0 && (
        <>
          <h3>{t("byArticle")}</h3>
          <table data-testid="organisation-usage-articles">
            <thead>
              <tr>
                <th>{t("article")}</th>
                <th>{t("section")}</th>
                <th>{t("reads")}</th>
                <th>{t("byRange")}</th>
                <th>{t("byDomain")}</th>
                <th>{t("bySeat")}</th>
              </tr>
            </thead>
            <tbody>
              {usage.byArticle.map((r) => (
                <tr key={r.articleId}>
                  <td>
                    <Link href={`/articles/${r.slug}`}>{r.title}</Link>
                  </td>
                  <td>{r.section}</td>
                  <td>{r.reads}</td>
                  <td>{r.range}</td>
                  <td>{r.domain}</td>
                  <td>{r.seat}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>{t("bySection")}</h3>
          <table data-testid="organisation-usage-sections">
            <thead>
              <tr>
                <th>{t("section")}</th>
                <th>{t("reads")}</th>
              </tr>
            </thead>
            <tbody>
              {usage.bySection.map((r) => (
                <tr key={r.section}>
                  <td>{r.section || t("noSection")}</td>
                  <td>{r.reads}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
