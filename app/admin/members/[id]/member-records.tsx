import { formatPrice } from "@/lib/billing/list-plans";
import { formatDate } from "@/lib/content/format-date";
import type { MemberDetail } from "@/lib/admin/members/load-member";

const money = (amount: number | null, currency: string | null) => (amount === null || !currency ? "—" : formatPrice(amount, currency));
const when = (d: Date | null) => (d ? formatDate(d) : "—");

/** What billing and the history know about a member: shown as recorded, never edited here. */
export function MemberRecords({ member }: { member: MemberDetail }) {
  return (
    <>
      <h2>Subscriptions</h2>
      {member.subscriptions.length === 0 ? (
        <p>No subscriptions.</p>
      ) : (
        <table className="admin-table">
          <thead>
            <tr>
              <th>Plan</th>
              <th>Status</th>
              <th>Price</th>
              <th>Current period ends</th>
              <th>Ends</th>
            </tr>
          </thead>
          <tbody>
            {member.subscriptions.map((s) => (
              <tr key={s.id}>
                <td>{s.planName ?? s.id}</td>
                <td>{s.status}</td>
                <td>
                  {money(s.amount, s.currency)}
                  {s.interval ? ` / ${s.interval}` : ""}
                </td>
                <td>{when(s.currentPeriodEnd)}</td>
                <td>{s.endedAt ? `ended ${when(s.endedAt)}` : s.cancelAtPeriodEnd ? "at period end" : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>Payments</h2>
      {member.invoices.length === 0 ? (
        <p>No payments.</p>
      ) : (
        <table className="admin-table">
          <thead>
            <tr>
              <th>Date</th>
              <th>Status</th>
              <th>Due</th>
              <th>Paid</th>
              <th>Invoice</th>
            </tr>
          </thead>
          <tbody>
            {member.invoices.map((i) => (
              <tr key={i.id}>
                <td>{when(i.stripeCreatedAt)}</td>
                <td>{i.status}</td>
                <td>{money(i.amountDue, i.currency)}</td>
                <td>{money(i.amountPaid, i.currency)}</td>
                <td>{i.hostedInvoiceUrl ? <a href={i.hostedInvoiceUrl}>View</a> : i.id}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>Entitlement history</h2>
      <table className="admin-table" aria-label="Entitlement history">
        <thead>
          <tr>
            <th>When (UTC)</th>
            <th>Level</th>
            <th>Capabilities</th>
            <th>Cause</th>
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
