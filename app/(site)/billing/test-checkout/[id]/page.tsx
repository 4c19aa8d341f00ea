import { notFound, redirect } from "next/navigation";
import { PostButton } from "@/app/_components/post-button";
import { SimplePage } from "@/app/_components/simple-page";
import { getDb } from "@/db/client";
import { currentMember } from "@/lib/auth/current-member-next";
import { formatPrice } from "@/lib/billing/list-plans";
import { billingMode } from "@/lib/billing/billing-mode";
import { loadTestCheckout } from "@/lib/billing/test-mode/load-test-checkout";

export const metadata = { title: "Test checkout", robots: { index: false } };
export const dynamic = "force-dynamic";

/** The local stand-in for Stripe Checkout when no keys are configured. Clearly not a payment. */
export default async function TestCheckoutPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (billingMode() !== "test") notFound();
  const { id } = await params;
  const member = await currentMember();
  if (!member) redirect(`/signin?callbackUrl=/billing/test-checkout/${encodeURIComponent(id)}`);
  const checkout = await loadTestCheckout(await getDb(), { sessionId: id, userId: member.viewer.id });
  if (!checkout) notFound();
  return (
    <SimplePage title="Test checkout">
      {(await searchParams).account === "created" && (
        <p className="notice" role="status" data-testid="account-created">
          Your account is created ({member.email}). One step left: payment.
        </p>
      )}
      <p className="notice test-mode" role="note">
        <strong>Test mode — no real payment.</strong> This page stands in for Stripe Checkout. Nothing is charged.
      </p>
      <dl className="facts">
        <dt>Plan</dt>
        <dd>{checkout.planName}</dd>
        <dt>Price</dt>
        <dd>{formatPrice(checkout.amount, checkout.currency, checkout.interval)}</dd>
        {checkout.trialDays > 0 && (
          <>
            <dt>Trial</dt>
            <dd>{checkout.trialDays} days free</dd>
          </>
        )}
        <dt>Account</dt>
        <dd>{member.email}</dd>
      </dl>
      {checkout.status === "open" ? (
        <PostButton action="/api/billing/test-checkout" body={{ sessionId: id }} label="Subscribe (test, no payment)" className="button primary" />
      ) : (
        <p>This checkout is already complete.</p>
      )}
    </SimplePage>
  );
}
