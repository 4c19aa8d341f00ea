import { getTranslations } from "next-intl/server";
import { fromMinorUnits } from "@/lib/billing/minor-units";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { MemberDetail } from "@/lib/admin/members/load-member";
import { currentLocale } from "@/app/_lib/locale";
import { statusKey } from "../status-key";

const money = (amount: number | null, currency: string | null, locale: Locale) => (amount === null || !currency ? "—" : formatMoney(fromMinorUnits(amount, currency), currency, locale));
const when = (d: Date | null, locale: Locale) => (d ? formatDate(d, locale) : "—");

/** What billing and the history know about a member: shown as recorded, never edited here. */
export async function MemberRecords({ member }: { member: MemberDetail }) {
  const [t, tp, locale] = await Promise.all([getTranslations("adminPeople.members.records"), getTranslations("adminPeople"), currentLocale()]);
  const status = (s: string) => {
    const key = statusKey(s);
    return key ? tp(`subscriptionStatus.${key}`) : s;
  };
  const invoiceStatus = (s: string | null) => (s === "draft" || s === "open" || s === "paid" || s === "uncollectible" || s === "void" ? tp(`invoiceStatus.${s}`) : (s ?? "—"));
  const interval = (i: string) => (i === "month" || i === "year" || i === "week" || i === "day" ? tp(`intervals.${i}`) : i);
  return (
    <>
      <h2>{t("subscriptions")}</h2>
      {member.subscriptions.length === 0 ? (
        <p>{t("noSubscriptions")}</p>
      ) : (
        <table className="admin-table">
          <thead>
            <tr>
              <th>{t("plan")}</th>
              <th>{t("status")}</th>
              <th>{t("price")}</th>
              <th>{t("periodEnds")}</th>
              <th>{t("ends")}</th>
            </tr>
          </thead>
          <tbody>
            {member.subscriptions.map((s) => (
              <tr key={s.id}>
                <td>{s.planName ?? s.id}</td>
                <td>{status(s.status)}</td>
                <td>
                  {money(s.amount, s.currency, locale)}
                  {s.interval ? ` / ${interval(s.interval)}` : ""}
                </td>
                <td>{when(s.currentPeriodEnd, locale)}</td>
                <td>{s.endedAt ? t("endedOn", { date: when(s.endedAt, locale) }) : s.cancelAtPeriodEnd ? t("atPeriodEnd") : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>{t("payments")}</h2>
      {member.invoices.length === 0 ? (
        <p>{t("noPayments")}</p>
      ) : (
        <table className="admin-table">
          <thead>
            <tr>
              <th>{t("date")}</th>
              <th>{t("status")}</th>
              <th>{t("due")}</th>
              <th>{t("paid")}</th>
              <th>{t("invoice")}</th>
            </tr>
          </thead>
          <tbody>
            {member.invoices.map((i) => (
              <tr key={i.id}>
                <td>{when(i.stripeCreatedAt, locale)}</td>
                <td>{invoiceStatus(i.status)}</td>
                <td>{money(i.amountDue, i.currency, locale)}</td>
                <td>{money(i.amountPaid, i.currency, locale)}</td>
                <td>{i.hostedInvoiceUrl ? <a href={i.hostedInvoiceUrl}>{t("view")}</a> : i.id}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>{t("history")}</h2>
      <table className="admin-table" aria-label={t("history")}>
        <thead>
          <tr>
            <th>{t("whenUtc")}</th>
            <th>{t("level")}</th>
            <th>{t("capabilities")}</th>
            <th>{t("cause")}</th>
          </tr>
        </thead>
        <tbody>
          {member.history.map((h) => (
            <tr key={h.id}>
              <td>{h.createdAt.toISOString().slice(0, 16).replace("T", " ")}</td>
              <td>
                {h.fromLevel ?? "—"} → {h.toLevel ?? "—"}
              </td>
              <td>
                {h.fromCcaps.join(", ") || "—"} → {h.toCcaps.join(", ") || "—"}
              </td>
              <td>
                {h.cause}
                {h.actorEmail ? ` (${h.actorEmail})` : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

    </>
  );
}
