import Link from "next/link";
import { describeSubscription } from "@/lib/billing/describe-subscription";
import type { MemberSubscription } from "@/lib/billing/list-member-subscriptions";
import { formatPrice } from "@/lib/billing/list-plans";
import type { listMemberInvoices } from "@/lib/billing/list-member-invoices";
import { formatDate } from "@/lib/content/format-date";
import { PostButton } from "./post-button";

type Invoice = Awaited<ReturnType<typeof listMemberInvoices>>[number];

/** Stripe's hosted invoice page (its receipt) when there is one; in test mode, the local receipt page. */
function receiptUrl(invoice: Invoice, mode: "stripe" | "test" | "off"): string | null {
  if (invoice.hostedInvoiceUrl) return invoice.hostedInvoiceUrl;
  return mode === "test" ? `/account/receipts/${encodeURIComponent(invoice.id)}` : null;
}

/** Irreversible or money actions ask first (`confirm`). */
const TEST_ACTIONS = [
  { key: "canCancel", action: "cancel", label: "Cancel at period end", confirm: "Cancel this subscription? Access lasts until the end of the paid period, then ends." },
  { key: "canResume", action: "resume", label: "Resume", confirm: undefined },
  { key: "canEndPeriod", action: "end-period", label: "End the period now (test)", confirm: "End the period now? Access ends at once." },
  { key: "canRenew", action: "renew", label: "Renew now (test)", confirm: "Renew now? A new period starts and is invoiced." },
] as const;

/** The account page's subscription section: plans, next billing, controls, invoices. */
export function AccountBilling(props: { subscriptions: MemberSubscription[]; invoices: Invoice[]; mode: "stripe" | "test" | "off"; hasCustomer: boolean }) {
  return (
    <section aria-labelledby="billing-heading">
      <h2 id="billing-heading">Subscription</h2>
      {props.mode === "test" && (
        <p className="notice test-mode" role="note">
          <strong>Test mode — no real payment.</strong> These controls stand in for Stripe’s customer portal and the passing of time.
        </p>
      )}
      {props.subscriptions.length === 0 && (
        <p>
          You have no subscription. <Link href="/subscribe">See the plans</Link>.
        </p>
      )}
      <ul className="session-list" aria-label="Subscriptions">
        {props.subscriptions.map((sub) => {
          const view = describeSubscription(sub);
          return (
            <li key={sub.id} data-subscription={sub.planName} data-subscription-id={sub.id}>
              <span>
                <strong>{sub.planName}</strong> — <span data-testid="subscription-status">{view.label}</span>
                {view.nextBilling && sub.amount !== null && sub.currency && (
                  <>
                    {" "}
                    · next payment <span data-testid="next-billing">{formatDate(view.nextBilling)}</span>, {formatPrice(sub.amount, sub.currency)}
                  </>
                )}
              </span>
              {props.mode === "test" && (
                <span>
                  {TEST_ACTIONS.filter((a) => view[a.key]).map((a) => (
                    <PostButton key={a.action} action="/api/billing/test-subscription" body={{ subscriptionId: sub.id, action: a.action }} label={a.label} confirm={a.confirm} />
                  ))}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {props.mode === "stripe" && props.hasCustomer && <PostButton action="/api/billing/portal" label="Manage billing (card, plan, cancel)" />}
      {props.invoices.length > 0 && (
        <>
          <h3>Invoices</h3>
          <table className="invoices">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Amount</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Receipt</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {props.invoices.map((i) => (
                <tr key={i.id}>
                  <td>{formatDate(i.stripeCreatedAt)}</td>
                  <td>{formatPrice(i.amountPaid || i.amountDue, i.currency)}</td>
                  <td>{i.status}</td>
                  <td>{receiptUrl(i, props.mode) && <a href={receiptUrl(i, props.mode)!}>Receipt</a>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
