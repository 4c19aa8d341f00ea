import { notFound, redirect } from "next/navigation";
import { SimplePage } from "@/app/_components/simple-page";
import { getDb } from "@/db/client";
import { currentMember } from "@/lib/auth/current-member-next";
import { billingMode } from "@/lib/billing/billing-mode";
import { formatPrice } from "@/lib/billing/list-plans";
import { loadMemberInvoice } from "@/lib/billing/load-member-invoice";
import { formatDate } from "@/lib/content/format-date";
import { siteConfig } from "@/lib/site-config";
import { isTextId } from "@/lib/validation/ids";

export const metadata = { title: "Receipt", robots: { index: false } };
export const dynamic = "force-dynamic";

/** A receipt for one of the member's invoices (test mode: Stripe's hosted page stands in with real keys). */
export default async function ReceiptPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const member = await currentMember();
  if (!member) redirect("/signin?callbackUrl=/account");
  if (!isTextId(id)) notFound();
  const found = await loadMemberInvoice(await getDb(), { userId: member.viewer.id, invoiceId: id });
  if (!found) notFound();
  const { invoice, planName } = found;
  return (
    <SimplePage title="Receipt">
      {billingMode() === "test" && (
        <p className="notice test-mode" role="note">
          <strong>Test mode — no real payment.</strong> This receipt records a test subscription.
        </p>
      )}
      <dl className="facts" data-testid="receipt">
        <dt>From</dt>
        <dd>{siteConfig.name}</dd>
        <dt>Billed to</dt>
        <dd>{member.name ? `${member.name} <${member.email}>` : member.email}</dd>
        <dt>Invoice</dt>
        <dd>{invoice.id}</dd>
        <dt>Date</dt>
        <dd>{formatDate(invoice.stripeCreatedAt)}</dd>
        {planName && (
          <>
            <dt>For</dt>
            <dd>
              {planName}
              {invoice.periodStart && invoice.periodEnd && `, ${formatDate(invoice.periodStart)} – ${formatDate(invoice.periodEnd)}`}
            </dd>
          </>
        )}
        <dt>Amount</dt>
        <dd>{formatPrice(invoice.amountPaid || invoice.amountDue, invoice.currency)}</dd>
        <dt>Status</dt>
        <dd>{invoice.status}</dd>
      </dl>
      <p>
        <a href="/account">Back to your account</a>
      </p>
    </SimplePage>
  );
}
