import { staffQuery } from "@/app/admin/_lib/staff-route";
import { dashboardCsv, isDashboardChart } from "@/lib/dashboard/dashboard-csv";
import { loadDashboard } from "@/lib/dashboard/load-dashboard";
import { AppError } from "@/lib/errors";

/** One dashboard chart's figures as CSV: /api/admin/dashboard/members.csv, mrr.csv, subscriptions.csv, trials.csv, paywalls.csv. */
export const GET = staffQuery<{ chart: string }>("viewDashboard", async ({ db, params }) => {
  const name = params.chart.endsWith(".csv") ? params.chart.slice(0, -4) : "";
  if (!isDashboardChart(name)) throw new AppError("NOT_FOUND", "No such chart: try members.csv, mrr.csv, subscriptions.csv, trials.csv or paywalls.csv.");
  const now = new Date();
  const csv = dashboardCsv(await loadDashboard(db, now), name);
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="lede-${name}-${now.toISOString().slice(0, 10)}.csv"`,
      "cache-control": "private, no-store",
    },
  });
});
