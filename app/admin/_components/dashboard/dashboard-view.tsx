import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { currentLocale } from "@/app/_lib/locale";
import { fromMinorUnits } from "@/lib/billing/minor-units";
import { formatMoney, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { barChart } from "@/lib/dashboard/charts/bar-chart";
import { lineChart } from "@/lib/dashboard/charts/line-chart";
import type { DashboardChart } from "@/lib/dashboard/dashboard-csv";
import type { Dashboard } from "@/lib/dashboard/load-dashboard";
import { BarChartSvg } from "./bar-chart-svg";
import { LineChartSvg } from "./line-chart-svg";

const percent = (n: number, of: number) => (of === 0 ? "–" : `${Math.round((100 * n) / of)} %`);
const signed = (v: number, format: (v: number) => string) => (v > 0 ? `+${format(v)}` : v < 0 ? `−${format(-v)}` : "±0");

async function Section(props: { id: DashboardChart; title: string; children: ReactNode; table?: ReactNode }) {
  const t = await getTranslations("admin.dashboard");
  return (
    <section className="dash-section" aria-labelledby={`dash-${props.id}`}>
      <h2 id={`dash-${props.id}`}>{props.title}</h2>
      {props.children}
      {props.table && (
        <details>
          <summary>{t("figures")}</summary>
          {props.table}
        </details>
      )}
      <p className="meta">
        <a href={`/api/admin/dashboard/${props.id}.csv`} download={`${props.id}.csv`}>
          {t("downloadCsv")}
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
export async function DashboardView({ dashboard }: { dashboard: Dashboard }) {
  const t = await getTranslations("admin.dashboard");
  const locale: Locale = await currentLocale();
  const count = (v: number) => formatNumber(v, locale);
  const { members, revenue, subscriptions, trials, paywalls, headline } = dashboard;
  const months = members.map((m) => m.month);
  const currencies = headline.mrr.map((m) => m.currency);
  const main = headline.mrr[0];
  const money = (currency: string) => (v: number) => formatMoney(fromMinorUnits(Math.round(v), currency), currency, locale);
  const sinceLastMonth = (change: string) => t("sinceLastMonth", { change });
  return (
    <div className="dashboard">
      <dl className="dash-figures">
        <div>
          <dt>{t("payingMembers")}</dt>
          <dd data-testid="figure-paying">{count(headline.paying)}</dd>
          <dd className="meta">{sinceLastMonth(signed(headline.paying - headline.payingBefore, count))}</dd>
        </div>
        {headline.mrr.length === 0 && (
          <div>
            <dt>{t("mrr")}</dt>
            <dd data-testid="figure-mrr">0</dd>
          </div>
        )}
        {headline.mrr.map((m) => (
          <div key={m.currency}>
            <dt>{t("mrrIn", { currency: m.currency.toUpperCase() })}</dt>
            <dd data-testid={`figure-mrr-${m.currency}`}>{money(m.currency)(m.now)}</dd>
            <dd className="meta">{sinceLastMonth(signed(m.now - m.before, money(m.currency)))}</dd>
          </div>
        ))}
        <div>
          <dt>{t("members")}</dt>
          <dd data-testid="figure-members">{count(members.at(-1)?.total ?? 0)}</dd>
          <dd className="meta">{t("signedUpThisMonth", { count: count(members.at(-1)?.signups ?? 0) })}</dd>
        </div>
        <div>
          <dt>{t("trialConversion12")}</dt>
          <dd data-testid="figure-trials">{percent(headline.trialsConverted, headline.trialsEnded)}</dd>
          <dd className="meta">
            {t("ofEndedTrials", { converted: count(headline.trialsConverted), ended: count(headline.trialsEnded) })}
          </dd>
        </div>
      </dl>

      <Section
        id="members"
        title={t("membersByKind")}
        table={<Table label={t("membersByKind")} head={[t("month"), t("signups"), t("all"), t("paying"), t("complimentary"), t("free"), t("organisations")]} rows={members.map((m) => [m.month, m.signups, m.total, m.paying, m.complimentary, m.free, m.organisations])} />}
      >
        <LineChartSvg
          title={t("membersChart")}
          chart={lineChart(
            months,
            [
              { label: t("free"), values: members.map((m) => m.free) },
              { label: t("paying"), values: members.map((m) => m.paying) },
              { label: t("complimentary"), values: members.map((m) => m.complimentary) },
              { label: t("organisations"), values: members.map((m) => m.organisations) },
            ],
            count,
            locale,
          )}
        />
      </Section>

      <Section
        id="mrr"
        title={main ? t("mrrTitleIn", { currencies: currencies.map((c) => c.toUpperCase()).join(", ") }) : t("mrrTitle")}
        table={<Table label={t("mrrTitle")} head={[t("month"), t("currency"), t("mrr")]} rows={revenue.map((r) => [r.month, r.currency.toUpperCase(), money(r.currency)(r.mrr)])} />}
      >
        {main ? (
          <LineChartSvg
            title={t("mrrChart")}
            chart={lineChart(
              months,
              currencies.map((c) => ({ label: c.toUpperCase(), values: months.map((m) => revenue.find((r) => r.month === m && r.currency === c)?.mrr ?? 0) })),
              money(main.currency),
              locale,
            )}
          />
        ) : (
          <p>{t("noPaying")}</p>
        )}
      </Section>

      <Section
        id="subscriptions"
        title={t("subscriptionsTitle")}
        table={<Table label={t("subscriptionsTitle")} head={[t("month"), t("new"), t("churned")]} rows={subscriptions.map((s) => [s.month, s.started, s.churned])} />}
      >
        <BarChartSvg
          id="dash-subs"
          title={t("subscriptionsChart")}
          chart={barChart(
            months,
            [
              { label: t("new"), values: subscriptions.map((s) => s.started) },
              { label: t("churned"), values: subscriptions.map((s) => s.churned) },
            ],
            count,
            locale,
          )}
        />
      </Section>

      <Section
        id="trials"
        title={t("trialConversion")}
        table={<Table label={t("trialConversion")} head={[t("month"), t("trialsEnded"), t("converted"), t("rate")]} rows={trials.map((r) => [r.month, r.ended, r.converted, percent(r.converted, r.ended)])} />}
      >
        <BarChartSvg
          id="dash-trials"
          title={t("trialsChart")}
          chart={barChart(
            months,
            [
              { label: t("ended"), values: trials.map((r) => r.ended) },
              { label: t("converted"), values: trials.map((r) => r.converted) },
            ],
            count,
            locale,
          )}
        />
      </Section>

      <Section
        id="paywalls"
        title={t("paywallsTitle12")}
      >
        {paywalls.length === 0 ? (
          <p>{t("noPaywalls")}</p>
        ) : (
          <Table
            label={t("paywallsTitle")}
            head={[t("article"), t("signups"), t("subscriptions"), t("throughGift")]}
            rows={paywalls.map((p) => [p.title ?? t("deletedArticle"), p.signups, p.subscribed, p.giftConversions])}
          />
        )}
      </Section>
    </div>
  );
}
