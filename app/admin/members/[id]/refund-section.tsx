import { getTranslations } from "next-intl/server";
import { fromMinorUnits } from "@/lib/billing/minor-units";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import { currentLocale } from "@/app/_lib/locale";
import type { LastPayment } from "@/lib/admin/members/last-payment";
import type { listMemberRefunds } from "@/lib/admin/members/list-member-refunds";
import { AdminForm } from "../../_components/admin-form";
import { TextField } from "../../_components/fields";

/** Refund the last payment (lib/admin/members/refund-last-payment: refund, cancel now, access ends), and the refunds made. */
export async function RefundSection(props: { userId: string; lastPayment: LastPayment | null; refunds: Awaited<ReturnType<typeof listMemberRefunds>> }) {
  const last = props.lastPayment;
  const [t, locale] = await Promise.all([getTranslations("adminPeople.members.refunds"), currentLocale()]);
  const price = (amount: number, currency: string) => formatMoney(fromMinorUnits(amount, currency), currency, locale);
  return (
    <>
      <h2>{t("title")}</h2>
      {!last ? (
        <p>{t("none")}</p>
      ) : last.refundId ? (
        <p data-testid="last-payment">
          {t("refunded", { amount: price(last.amountPaid, last.currency), date: formatDate(last.paidAt, locale) })}
        </p>
      ) : (
        <>
          <p data-testid="last-payment">
            {t("last", { amount: price(last.amountPaid, last.currency), date: formatDate(last.paidAt, locale) })}
          </p>
          <AdminForm action={`/api/admin/members/${props.userId}/refund`} className="inline-form" label={t("formLabel")} confirm={t("confirm")}>
            <TextField name="reason" label={t("reason")} />
            <button className="button danger" type="submit">
              {t("submit", { amount: price(last.amountPaid, last.currency) })}
            </button>
          </AdminForm>
        </>
      )}
      {props.refunds.length > 0 && (
        <table className="admin-table" aria-label={t("title")}>
          <thead>
            <tr>
              <th>{t("date")}</th>
              <th>{t("amount")}</th>
              <th>{t("invoice")}</th>
              <th>{t("by")}</th>
              <th>{t("reason")}</th>
            </tr>
          </thead>
          <tbody>
            {props.refunds.map((r) => (
              <tr key={r.id}>
                <td>{formatDate(r.createdAt, locale)}</td>
                <td>{price(r.amount, r.currency)}</td>
                <td>{r.invoiceId}</td>
                <td>{r.actorEmail ?? "—"}</td>
                <td>{r.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
