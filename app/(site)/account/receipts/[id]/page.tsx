import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SimplePage } from "@/app/_components/simple-page";
import { currentLocale } from "@/app/_lib/locale";
import { getDb } from "@/db/client";
import { currentMember } from "@/lib/auth/current-member-next";
import { billingMode } from "@/lib/billing/billing-mode";
import { loadMemberInvoice } from "@/lib/billing/load-member-invoice";
import { formatAmount } from "@/lib/billing/offer/format-plan-price";
import { formatDate } from "@/lib/i18n/format";
import { siteConfig } from "@/lib/site-config";
import { isTextId } from "@/lib/validation/ids";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.receipt");
  return { title: t("title"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

/** A receipt for one of the member's invoices (test mode: Stripe's hosted page stands in with real keys). */
export default async function ReceiptPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const member = await currentMember();
  if (!member) redirect("/signin?callbackUrl=/account");
  if (!isTextId(id)) notFound();
  const found = await loadMemberInvoice(await getDb(), { userId: member.viewer.id, invoiceId: id });
  if (!found) notFound();
  const [t, locale] = await Promise.all([getTranslations("account"), currentLocale()]);
  const { invoice, planName } = found;
  return (
    <SimplePage title={t("receipt.title")}>
      {billingMode() === "test" && (
        <p className="notice test-mode" role="note">
          {t.rich("receipt.testMode", { strong: (chunks) => <strong>{chunks}</strong> })}
        </p>
      )}
      <dl className="facts" data-testid="receipt">
        <dt>{t("receipt.from")}</dt>
        <dd>{siteConfig.name}</dd>
        <dt>{t("receipt.billedTo")}</dt>
        <dd>{member.name ? `${member.name} <${member.email}>` : member.email}</dd>
        <dt>{t("receipt.invoice")}</dt>
        <dd>{invoice.id}</dd>
        <dt>{t("billing.date")}</dt>
        <dd>{formatDate(invoice.stripeCreatedAt, locale)}</dd>
        {planName && (
          <>
            <dt>{t("receipt.for")}</dt>
            <dd>
              {planName}
              {invoice.periodStart && invoice.periodEnd && `, ${formatDate(invoice.periodStart, locale)} – ${formatDate(invoice.periodEnd, locale)}`}
            </dd>
          </>
        )}
        <dt>{t("billing.amount")}</dt>
        <dd>{formatAmount(invoice.amountPaid || invoice.amountDue, invoice.currency, locale)}</dd>
        <dt>{t("billing.status")}</dt>
        <dd>{t("billing.invoiceStatus", { status: invoice.status })}</dd>
      </dl>
      <p>
        <a href="/account">{t("receipt.back")}</a>
      </p>
    </SimplePage>
  );
}
