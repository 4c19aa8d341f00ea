import { eq } from "drizzle-orm";
import { organisations } from "@/db/schema";
import { loadOrganisationUsage, parseUsageMonth } from "@/lib/access/organisation/load-organisation-usage";
import { organisationUsageCsv } from "@/lib/access/organisation/organisation-usage-csv";
import { AppError } from "@/lib/errors";
import { idParam, staffQuery } from "@/app/admin/_lib/staff-route";

export const dynamic = "force-dynamic";

/** An organisation's reads in a month (`?month=YYYY-MM`, default this month) as a CSV download. */
export const GET = staffQuery<{ id: string }>("manageAccess", async ({ request, db, params }) => {
  const id = idParam(params.id);
  const month = parseUsageMonth(new URL(request.url).searchParams.get("month"), new Date());
  const [organisation] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, id)).limit(1);
  if (!organisation) throw new AppError("NOT_FOUND", "No such organisation.");
  const csv = organisationUsageCsv(await loadOrganisationUsage(db, { organisationId: id, month }));
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="organisation-${id}-usage-${month}.csv"`,
      "cache-control": "private, no-store",
    },
  });
});
