import { stringify } from "csv-stringify/sync";
import type { Dashboard } from "./load-dashboard";

/** The dashboard's charts, each downloadable as CSV at /api/admin/dashboard/<name>.csv. */
export const DASHBOARD_CHARTS = ["members", "mrr", "subscriptions", "trials", "paywalls"] as const;
export type DashboardChart = (typeof DASHBOARD_CHARTS)[number];

export function isDashboardChart(name: string): name is DashboardChart {
  return (DASHBOARD_CHARTS as readonly string[]).includes(name);
}

/** A title starting with = + - @ would be a formula to a spreadsheet: quoted with a leading apostrophe. */
const safeCell = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/** One chart's figures as CSV (amounts in major units with two decimals, as a spreadsheet expects). */
export function dashboardCsv(dashboard: Dashboard, chart: DashboardChart): string {
  switch (chart) {
    case "members":
      return stringify(dashboard.members, { header: true, columns: ["month", "signups", "total", "paying", "complimentary", "free", "organisations"] });
    case "mrr":
      return stringify(
        dashboard.revenue.map((r) => ({ month: r.month, currency: r.currency, mrr: (r.mrr / 100).toFixed(2) })),
        { header: true, columns: ["month", "currency", "mrr"] },
      );
    case "subscriptions":
      return stringify(dashboard.subscriptions, { header: true, columns: ["month", "started", "churned"] });
    case "trials":
      return stringify(
        dashboard.trials.map((t) => ({ ...t, rate: t.ended === 0 ? "" : (t.converted / t.ended).toFixed(4) })),
        { header: true, columns: ["month", "ended", "converted", "rate"] },
      );
    case "paywalls":
      return stringify(
        dashboard.paywalls.map((p) => ({
          article_id: p.articleId ?? "",
          title: safeCell(p.title ?? "(deleted article)"),
          slug: p.slug ?? "",
          signups: p.signups,
          subscribed: p.subscribed,
          gift_conversions: p.giftConversions,
        })),
        { header: true, columns: ["article_id", "title", "slug", "signups", "subscribed", "gift_conversions"] },
      );
  }
}
