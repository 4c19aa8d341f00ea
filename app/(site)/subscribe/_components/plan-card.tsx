import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { Plan } from "@/db/schema";
import { ccapLabel } from "@/lib/billing/offer/ccap-label";
import { formatPlanTerms } from "@/lib/billing/offer/format-plan-price";
import type { Locale } from "@/lib/i18n/locales";

/** One plan side by side with the others: its terms in the reader's words, what it includes, and one action. */
export async function PlanCard(props: { plan: Plan; locale: Locale; levelLabel: string | null; ccapLabels: Record<string, string>; chosen: boolean; unlocks: boolean; current: boolean; action: ReactNode }) {
  const { plan } = props;
  const t = await getTranslations("account.subscribe");
  return (
    <li className={`plan${props.chosen ? " chosen" : ""}`} data-plan={plan.name} data-plan-id={plan.id}>
      <h2>{plan.name}</h2>
      <p className="price">{formatPlanTerms(plan, props.locale)}</p>
      <p>{plan.description}</p>
      <ul>
        {props.levelLabel && <li>{t("everyLevel", { label: props.levelLabel })}</li>}
        {plan.ccaps.map((c) => (
          <li key={c}>{ccapLabel(c, props.ccapLabels)}</li>
        ))}
        {plan.benefits.map((b) => (
          <li key={b}>{b}</li>
        ))}
      </ul>
      {props.unlocks && <p className="badge">{t("unlocks")}</p>}
      {props.current ? <p data-testid="current-plan">{t.rich("yourPlan", { strong: (chunks) => <strong>{chunks}</strong>, link: (chunks) => <Link prefetch={false} href="/account">{chunks}</Link> })}</p> : props.action}
    </li>
  );
}
