import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PostButton } from "@/app/_components/post-button";
import { SimplePage } from "@/app/_components/simple-page";
import { currentLocale } from "@/app/_lib/locale";
import { getDb } from "@/db/client";
import { currentMember } from "@/lib/auth/current-member-next";
import { currentGateway } from "@/lib/billing/current-gateway";
import { formatAmount, formatPlanPrice } from "@/lib/billing/offer/format-plan-price";
import { getPlan } from "@/lib/billing/plans/get-plan";
import { previewPlanSwitch } from "@/lib/billing/switch/preview-plan-switch";
import { AppError } from "@/lib/errors";
import { parseSerialId } from "@/lib/validation/ids";
import { localiseErrorMessage } from "@/app/_lib/localise-error";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.switchPlan");
  return { title: t("title"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

/** A subscriber's switch, confirmed with the amount due today (asked of Stripe, prorated) before anything is charged. */
export default async function SwitchPlanPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const planId = parseSerialId(typeof params.plan === "string" ? params.plan : "");
  const from = typeof params.from === "string" && params.from.length <= 200 ? params.from : null;
  const back = `/subscribe${from ? `?${new URLSearchParams({ from })}` : ""}`;
  const member = await currentMember();
  if (!member) redirect(`/signin?callbackUrl=${encodeURIComponent(`/subscribe/switch?${new URLSearchParams({ plan: String(planId ?? ""), ...(from ? { from } : {}) })}`)}`);
  const db = await getDb();
  const [t, locale] = await Promise.all([getTranslations("account.switchPlan"), currentLocale()]);
  const plan = planId === null ? null : await getPlan(db, planId);
  let preview: Awaited<ReturnType<typeof previewPlanSwitch>> | null = null;
  let refusal: string | null = plan ? null : t("notOnOffer");
  if (plan && planId !== null) {
    try {
      preview = await previewPlanSwitch(db, currentGateway(db), { userId: member.viewer.id, planId, now: new Date() });
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      refusal = await localiseErrorMessage(e.message, e.words);
    }
  }
  return (
    <SimplePage title={t("title")}>
      {preview && plan ? (
        <section aria-labelledby="switch-heading" data-testid="switch-preview">
          <h2 id="switch-heading">{t("heading", { from: preview.fromPlanName, to: preview.toPlanName })}</h2>
          <p>
            <strong data-testid="amount-due">{t("dueToday", { amount: formatAmount(preview.amountDue, preview.currency, locale) })}</strong>
            {preview.amountDue > 0 ? t("difference") : t("nothingDue")}
          </p>
          <p>{t("then", { price: formatPlanPrice(plan.amount, plan.currency, plan.interval, locale) })}</p>
          <PostButton
            action="/api/billing/switch"
            body={{ planId: String(plan.id), prorationDate: String(preview.prorationDate), ...(from ? { from } : {}) }}
            label={preview.amountDue > 0 ? t("confirmPay", { amount: formatAmount(preview.amountDue, preview.currency, locale) }) : t("confirmSwitch", { plan: plan.name })}
            className="button primary"
          />{" "}
          <Link href={back}>{t("keep")}</Link>
        </section>
      ) : (
        <p className="notice" role="status">
          {refusal} <Link href={back}>{t("back")}</Link>.
        </p>
      )}
    </SimplePage>
  );
}
