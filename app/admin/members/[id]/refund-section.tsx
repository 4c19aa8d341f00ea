import { formatPrice } from "@/lib/billing/list-plans";
import { formatDate } from "@/lib/content/format-date";
import type { LastPayment } from "@/lib/admin/members/last-payment";
import type { listMemberRefunds } from "@/lib/admin/members/list-member-refunds";
import { AdminForm } from "../../_components/admin-form";
import { TextField } from "../../_components/fields";

/** Refund the last payment (lib/admin/members/refund-last-payment: refund, cancel now, access ends), and the refunds made. */
export function RefundSection(props: { userId: string; lastPayment: LastPayment | null; refunds: Awaited<ReturnType<typeof listMemberRefunds>> }) {
  const last = props.lastPayment;
  return (
    <>
      <h2>Refunds</h2>
      {!last ? (
        <p>No payment to refund.</p>
      ) : last.refundId ? (
        <p data-testid="last-payment">
          The last payment ({formatPrice(last.amountPaid, last.currency)} on {formatDate(last.paidAt)}) has been refunded.
        </p>
      ) : (
        <>
          <p data-testid="last-payment">
            Last payment: {formatPrice(last.amountPaid, last.currency)} on {formatDate(last.paidAt)}. Refunding it gives the whole amount back, cancels the subscription it paid for at once and
            ends the access it gave now.
          </p>
          <AdminForm action={`/api/admin/members/${props.userId}/refund`} className="inline-form" label="Refund the last payment" confirm="Refund this payment, cancel the subscription and end its access now?">
            <TextField name="reason" label="Reason" />
            <button className="button danger" type="submit">
              Refund {formatPrice(last.amountPaid, last.currency)}
            </button>
          </AdminForm>
        </>
      )}
      {props.refunds.length > 0 && (
        <table className="admin-table" aria-label="Refunds">
          <thead>
            <tr>
              <th>Date</th>
              <th>Amount</th>
              <th>Invoice</th>
              <th>By</th>
              <th>Reason</th>
            </tr>
          </thead>
          <tbody>
            {props.refunds.map((r) => (
              <tr key={r.id}>
                <td>{formatDate(r.createdAt)}</td>
                <td>{formatPrice(r.amount, r.currency)}</td>
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
