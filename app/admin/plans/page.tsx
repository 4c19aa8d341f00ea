import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { billingMode } from "@/lib/billing/billing-mode";
import { fromMinorUnits } from "@/lib/billing/minor-units";
import { formatMoney } from "@/lib/i18n/format";
import { currentLocale } from "@/app/_lib/locale";
import { planUnavailableReason } from "@/lib/billing/plan-unavailable-reason";
import { listAllPlans } from "@/lib/billing/plans/list-all-plans";
import { requireStaff } from "../_lib/require-staff";

export const dynamic = "force-dynamic";

export default async function PlansPage() {
  await requireStaff("managePlans", "/admin/plans");
  const plans = await listAllPlans(await getDb());
  const mode = billingMode();
  const [t, tp, locale] = await Promise.all([getTranslations("adminPeople.plans"), getTranslations("adminPeople"), currentLocale()]);
  // planUnavailableReason decides whether a plan can be sold; which of its reasons holds is worded here.
  const unavailable = (p: (typeof plans)[number]) => (planUnavailableReason(p, mode) === null ? null : mode === "off" ? t("paymentsOff") : !p.stripePriceId ? t("noPrice") : t("testPrice"));
  return (
    <>
      <div className="actions-row">
        <h1>{t("title")}</h1>
        <Link className="button primary" href="/admin/plans/new">
          {t("newPlan")}
        </Link>
      </div>
      <table className="admin-table">
        <thead>
          <tr>
            <th>{t("name")}</th>
            <th>{t("level")}</th>
            <th>{t("capabilities")}</th>
            <th>{t("price")}</th>
            <th>{t("offer")}</th>
            <th>{t("stripePrice")}</th>
          </tr>
        </thead>
        <tbody>
          {plans.map((p) => (
            <tr key={p.id}>
              <td>
                <Link href={`/admin/plans/${p.id}`}>{p.name}</Link>
              </td>
              <td>{p.level}</td>
              <td>{p.ccaps.join(", ") || "—"}</td>
              <td>{t("priceEvery", { price: formatMoney(fromMinorUnits(p.amount, p.currency), p.currency, locale), interval: tp(`intervals.${p.interval}`) })}</td>
              <td>{t(`status.${p.status}`)}</td>
              <td>
                <code>{p.stripePriceId ?? "—"}</code>
                {unavailable(p) && (
                  <span className="badge warning" data-testid="plan-unavailable">
                    {unavailable(p)}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
