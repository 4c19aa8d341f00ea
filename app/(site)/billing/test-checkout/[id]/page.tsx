import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PostButton } from "@/app/_components/post-button";
import { SimplePage } from "@/app/_components/simple-page";
import { currentLocale } from "@/app/_lib/locale";
import { getDb } from "@/db/client";
import { currentMember } from "@/lib/auth/current-member-next";
import { billingMode } from "@/lib/billing/billing-mode";
import { formatAmount } from "@/lib/billing/offer/format-plan-price";
import { loadTestCheckout } from "@/lib/billing/test-mode/load-test-checkout";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.testCheckout");
  return { title: t("title"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

/** The local stand-in for Stripe Checkout when no keys are configured. Clearly not a payment. */
export default async function TestCheckoutPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (billingMode() !== "test") notFound();
  const { id } = await params;
  const member = await currentMember();
  if (!member) redirect(`/signin?callbackUrl=/billing/test-checkout/${encodeURIComponent(id)}`);
  const checkout = await loadTestCheckout(await getDb(), { sessionId: id, userId: member.viewer.id });
  if (!checkout) notFound();
  const [t, locale] = await Promise.all([getTranslations("account.testCheckout"), currentLocale()]);
  return (
    <SimplePage title={t("title")}>
      {(await searchParams).account === "created" && (
        <p className="notice" role="status" data-testid="account-created">
          {t("created", { email: member.email ?? "" })}
        </p>
      )}
      <p className="notice test-mode" role="note">
        {t.rich("testMode", { strong: (chunks) => <strong>{chunks}</strong> })}
      </p>
      <dl className="facts">
        <dt>{t("plan")}</dt>
        <dd>{checkout.planName}</dd>
        <dt>{t("price")}</dt>
        <dd>{t("priceValue", { money: formatAmount(checkout.amount, checkout.currency, locale), interval: checkout.interval })}</dd>
        {checkout.trialDays > 0 && (
          <>
            <dt>{t("trial")}</dt>
            <dd>{t("trialDays", { days: checkout.trialDays })}</dd>
          </>
        )}
        <dt>{t("account")}</dt>
        <dd>{member.email}</dd>
      </dl>
      {checkout.status === "open" ? (
        <PostButton action="/api/billing/test-checkout" body={{ sessionId: id }} label={t("submit")} className="button primary" />
      ) : (
        <p>{t("complete")}</p>
      )}
    </SimplePage>
  );
}
