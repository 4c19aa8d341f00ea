import Link from "next/link";
import { notFound } from "next/navigation";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { organisationManagers, organisationSeats, organisations, users } from "@/db/schema";
import { loadOrganisationUsage, parseUsageMonth } from "@/lib/access/organisation/load-organisation-usage";
import { formatDate } from "@/lib/content/format-date";
import { isAppError } from "@/lib/errors";
import { parseSerialId } from "@/lib/validation/ids";
import { requireStaff } from "../../_lib/require-staff";

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
    monthError = e.message;
  }
  const [managers, seats, usage] = await Promise.all([
    db.select({ email: users.email }).from(organisationManagers).innerJoin(users, eq(users.id, organisationManagers.userId)).where(eq(organisationManagers.organisationId, id)).orderBy(asc(users.email)),
    db.select({ email: organisationSeats.email, acceptedAt: organisationSeats.acceptedAt }).from(organisationSeats).where(eq(organisationSeats.organisationId, id)).orderBy(asc(organisationSeats.email)),
    loadOrganisationUsage(db, { organisationId: id, month }),
  ]);
  return (
    <>
      <h1>{organisation.name}</h1>
      <p>
        <Link href="/admin/organisations">All organisations</Link>
      </p>
      <h2>Seats</h2>
      <p data-testid="organisation-seats">
        {seats.length} of {organisation.seats} seat(s) taken. Managers: {managers.length ? managers.map((m) => m.email).join(", ") : "none"}.
      </p>
      {seats.length > 0 && (
        <ul>
          {seats.map((s) => (
            <li key={s.email}>
              {s.email} — {s.acceptedAt ? `since ${formatDate(s.acceptedAt)}` : "invited"}
            </li>
          ))}
        </ul>
      )}
      <h2>Usage</h2>
      <form method="get" className="inline-form">
        <label>
          Month{" "}
          <input name="month" type="month" defaultValue={month} />
        </label>{" "}
        <button className="button" type="submit">
          Show
        </button>{" "}
        <a className="button" href={`/api/admin/organisations/${id}/usage?month=${month}`} download>
          Export CSV
        </a>
      </form>
      {monthError && (
        <p className="form-error" role="alert">
          {monthError}
        </p>
      )}
      <p data-testid="organisation-usage-total">
        {usage.total} read(s) of gated articles in {month}
        {usage.months.length > 0 ? ` (months with reads: ${usage.months.join(", ")})` : ""}.
      </p>
      {usage.byArticle.length > 0 && (
        <>
          <h3>By article</h3>
          <table data-testid="organisation-usage-articles">
            <thead>
              <tr>
                <th>Article</th>
                <th>Section</th>
                <th>Reads</th>
                <th>By address range</th>
                <th>By e-mail domain</th>
                <th>By seat</th>
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
          <h3>By section</h3>
          <table data-testid="organisation-usage-sections">
            <thead>
              <tr>
                <th>Section</th>
                <th>Reads</th>
              </tr>
            </thead>
            <tbody>
              {usage.bySection.map((r) => (
                <tr key={r.section}>
                  <td>{r.section || "(none)"}</td>
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
