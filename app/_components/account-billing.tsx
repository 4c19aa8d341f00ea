import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { currentLocale } from "@/app/_lib/locale";
import { describeSubscription } from "@/lib/billing/describe-subscription";
import type { MemberSubscription } from "@/lib/billing/list-member-subscriptions";
import type { listMemberInvoices } from "@/lib/billing/list-member-invoices";
import { formatAmount } from "@/lib/billing/offer/format-plan-price";
import { formatDate } from "@/lib/i18n/format";
import { PostButton } from "./post-button";

type Invoice = Awaited<ReturnType<typeof listMemberInvoices>>[number];

/** Stripe's hosted invoice page (its receipt) when there is one; in test mode, the local receipt page. */
function receiptUrl(invoice: Invoice, mode: "stripe" | "test" | "off"): string | null {
  if (invoice.hostedInvoiceUrl) return invoice.hostedInvoiceUrl;
  return mode === "test" ? `/account/receipts/${encodeURIComponent(invoice.id)}` : null;
}

/** Irreversible or money actions ask first (`confirm`). */
const TEST_ACTIONS = [
  { key: "canCancel", action: "cancel", label: "cancel", confirm: "cancelConfirm" },
  { key: "canResume", action: "resume", label: "resume", confirm: undefined },
  { key: "canEndPeriod", action: "end-period", label: "endPeriod", confirm: "endPeriodConfirm" },
  { key: "canRenew", action: "renew", label: "renew", confirm: "renewConfirm" },
] as const;

/** The account page's subscription section: plans, next billing, controls, invoices. */
export async function AccountBilling(props: { subscriptions: MemberSubscription[]; invoices: Invoice[]; mode: "stripe" | "test" | "off"; hasCustomer: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("account.billing"), currentLocale()]);
  return (
    <section aria-labelledby="billing-heading">
      <h2 id="billing-heading">{t("heading")}</h2>
      {props.mode === "test" && (
        <p className="notice test-mode" role="note">
          {t.rich("testMode", { strong: (chunks) => <strong>{chunks}</strong> })}
        </p>
      )}
      {props.subscriptions.length === 0 && <p>{t.rich("none", { link: (chunks) => <Link href="/subscribe">{chunks}</Link> })}</p>}
      <ul className="session-list" aria-label={t("subscriptionsAria")}>
        {props.subscriptions.map((sub) => {
          const view = describeSubscription(sub, locale);
          return (
            <li key={sub.id} data-subscription={sub.planName} data-subscription-id={sub.id}>
              <span>
                <strong>{sub.planName}</strong> — <span data-testid="subscription-status">{view.label}</span>
                {view.nextBilling && sub.amount !== null && sub.currency && (
                  <>
                    {" "}
                    {t.rich("nextPayment", {
                      date: formatDate(view.nextBilling, locale),
                      price: formatAmount(sub.amount, sub.currency, locale),
                      next: (chunks) => <span data-testid="next-billing">{chunks}</span>,
                    })}
                  </>
                )}
              </span>
              {props.mode === "test" && (
                <span>
                  {TEST_ACTIONS.filter((a) => view[a.key]).map((a) => (
                    <PostButton key={a.action} action="/api/billing/test-subscription" body={{ subscriptionId: sub.id, action: a.action }} label={t(a.label)} confirm={a.confirm ? t(a.confirm) : undefined} />
                  ))}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {props.mode === "stripe" && props.hasCustomer && <PostButton action="/api/billing/portal" label={t("portal")} />}
      {props.invoices.length > 0 && (
        <>
          <h3>{t("invoices")}</h3>
          <table className="invoices">
            <thead>
              <tr>
                <th scope="col">{t("date")}</th>
                <th scope="col">{t("amount")}</th>
                <th scope="col">{t("status")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("receipt")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {props.invoices.map((i) => (
                <tr key={i.id}>
                  <td>{formatDate(i.stripeCreatedAt, locale)}</td>
                  <td>{formatAmount(i.amountPaid || i.amountDue, i.currency, locale)}</td>
                  <td>{t("invoiceStatus", { status: i.status })}</td>
                  <td>{receiptUrl(i, props.mode) && <a href={receiptUrl(i, props.mode)!}>{t("receipt")}</a>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
