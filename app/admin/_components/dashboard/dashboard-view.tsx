import type { ReactNode } from "react";
import { formatPrice } from "@/lib/billing/list-plans";
import { barChart } from "@/lib/dashboard/charts/bar-chart";
import { lineChart } from "@/lib/dashboard/charts/line-chart";
import type { DashboardChart } from "@/lib/dashboard/dashboard-csv";
import type { Dashboard } from "@/lib/dashboard/load-dashboard";
import { BarChartSvg } from "./bar-chart-svg";
import { LineChartSvg } from "./line-chart-svg";

const count = (v: number) => v.toLocaleString("en-GB");
const percent = (n: number, of: number) => (of === 0 ? "–" : `${Math.round((100 * n) / of)} %`);
const signed = (v: number, format: (v: number) => string) => (v > 0 ? `+${format(v)}` : v < 0 ? `−${format(-v)}` : "±0");

function Section(props: { id: DashboardChart; title: string; children: ReactNode; table?: ReactNode }) {
  return (
    <section className="dash-section" aria-labelledby={`dash-${props.id}`}>
      <h2 id={`dash-${props.id}`}>{props.title}</h2>
      {props.children}
      {props.table && (
        <details>
          <summary>Figures</summary>
          {props.table}
        </details>
      )}
      <p className="meta">
        <a href={`/api/admin/dashboard/${props.id}.csv`} download={`${props.id}.csv`}>
          Download CSV
        </a>
      </p>
    </section>
  );
}

function Table(props: { head: string[]; rows: (string | number)[][]; label: string }) {
  return (
    <table className="admin-table" aria-label={props.label}>
      <thead>
        <tr>
          {props.head.map((h) => (
            <th key={h}>{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r, i) => (
          <tr key={i}>
            {r.map((c, k) => (
              <td key={k}>{c}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The publisher's morning numbers: headline figures, then one chart (with its table and CSV) per question. */
export function DashboardView({ dashboard }: { dashboard: Dashboard }) {
  const { members, revenue, subscriptions, trials, paywalls, headline } = dashboard;
  const months = members.map((m) => m.month);
  const currencies = headline.mrr.map((m) => m.currency);
  const main = headline.mrr[0];
  const money = (currency: string) => (v: number) => formatPrice(Math.round(v), currency);
  return (
    <div className="dashboard">
      <dl className="dash-figures">
        <div>
          <dt>Paying members</dt>
          <dd data-testid="figure-paying">{count(headline.paying)}</dd>
          <dd className="meta">{signed(headline.paying - headline.payingBefore, count)} since last month</dd>
        </div>
        {headline.mrr.length === 0 && (
          <div>
            <dt>MRR</dt>
            <dd data-testid="figure-mrr">0</dd>
          </div>
        )}
        {headline.mrr.map((m) => (
          <div key={m.currency}>
            <dt>MRR ({m.currency.toUpperCase()})</dt>
            <dd data-testid={`figure-mrr-${m.currency}`}>{money(m.currency)(m.now)}</dd>
            <dd className="meta">{signed(m.now - m.before, money(m.currency))} since last month</dd>
          </div>
        ))}
        <div>
          <dt>Members</dt>
          <dd data-testid="figure-members">{count(members.at(-1)?.total ?? 0)}</dd>
          <dd className="meta">{count(members.at(-1)?.signups ?? 0)} signed up this month</dd>
        </div>
        <div>
          <dt>Trial conversion (12 months)</dt>
          <dd data-testid="figure-trials">{percent(headline.trialsConverted, headline.trialsEnded)}</dd>
          <dd className="meta">
            {count(headline.trialsConverted)} of {count(headline.trialsEnded)} ended trials
          </dd>
        </div>
      </dl>

      <Section
        id="members"
        title="Members by kind"
        table={<Table label="Members by kind" head={["Month", "Sign-ups", "All", "Paying", "Complimentary", "Free", "Organisations"]} rows={members.map((m) => [m.month, m.signups, m.total, m.paying, m.complimentary, m.free, m.organisations])} />}
      >
        <LineChartSvg
          title="Members by kind at each month's end"
          chart={lineChart(
            months,
            [
              { label: "Free", values: members.map((m) => m.free) },
              { label: "Paying", values: members.map((m) => m.paying) },
              { label: "Complimentary", values: members.map((m) => m.complimentary) },
              { label: "Organisations", values: members.map((m) => m.organisations) },
            ],
            count,
          )}
        />
      </Section>

      <Section
        id="mrr"
        title={main ? `Monthly recurring revenue (${currencies.map((c) => c.toUpperCase()).join(", ")})` : "Monthly recurring revenue"}
        table={<Table label="Monthly recurring revenue" head={["Month", "Currency", "MRR"]} rows={revenue.map((r) => [r.month, r.currency.toUpperCase(), money(r.currency)(r.mrr)])} />}
      >
        {main ? (
          <LineChartSvg
            title="MRR at each month's end"
            chart={lineChart(
              months,
              currencies.map((c) => ({ label: c.toUpperCase(), values: months.map((m) => revenue.find((r) => r.month === m && r.currency === c)?.mrr ?? 0) })),
              money(main.currency),
            )}
          />
        ) : (
          <p>No paying subscriptions yet.</p>
        )}
      </Section>

      <Section
        id="subscriptions"
        title="New and churned subscriptions"
        table={<Table label="New and churned subscriptions" head={["Month", "New", "Churned"]} rows={subscriptions.map((s) => [s.month, s.started, s.churned])} />}
      >
        <BarChartSvg
          id="dash-subs"
          title="Subscriptions started and ended per month"
          chart={barChart(
            months,
            [
              { label: "New", values: subscriptions.map((s) => s.started) },
              { label: "Churned", values: subscriptions.map((s) => s.churned) },
            ],
            count,
          )}
        />
      </Section>

      <Section
        id="trials"
        title="Trial conversion"
        table={<Table label="Trial conversion" head={["Month", "Trials ended", "Converted", "Rate"]} rows={trials.map((t) => [t.month, t.ended, t.converted, percent(t.converted, t.ended)])} />}
      >
        <BarChartSvg
          id="dash-trials"
          title="Trials ended and converted per month"
          chart={barChart(
            months,
            [
              { label: "Ended", values: trials.map((t) => t.ended) },
              { label: "Converted", values: trials.map((t) => t.converted) },
            ],
            count,
          )}
        />
      </Section>

      <Section
        id="paywalls"
        title="Paywalls that convert (12 months)"
      >
        {paywalls.length === 0 ? (
          <p>No sign-up or subscription has come from an article&apos;s paywall yet.</p>
        ) : (
          <Table
            label="Paywalls that convert"
            head={["Article", "Sign-ups", "Subscriptions", "Through a gift link"]}
            rows={paywalls.map((p) => [p.title ?? "(deleted article)", p.signups, p.subscribed, p.giftConversions])}
          />
        )}
      </Section>
    </div>
  );
}
