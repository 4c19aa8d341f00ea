import Link from "next/link";
import type { ReactNode } from "react";
import type { Plan } from "@/db/schema";
import { ccapLabel } from "@/lib/billing/offer/ccap-label";
import { formatPlanTerms } from "@/lib/billing/offer/format-plan-price";

/** One plan side by side with the others: its terms in the reader's words, what it includes, and one action. */
export function PlanCard(props: { plan: Plan; levelLabel: string | null; ccapLabels: Record<string, string>; chosen: boolean; unlocks: boolean; current: boolean; action: ReactNode }) {
  const { plan } = props;
  return (
    <li className={`plan${props.chosen ? " chosen" : ""}`} data-plan={plan.name} data-plan-id={plan.id}>
      <h2>{plan.name}</h2>
      <p className="price">{formatPlanTerms(plan)}</p>
      <p>{plan.description}</p>
      <ul>
        {props.levelLabel && <li>Every “{props.levelLabel}” article</li>}
        {plan.ccaps.map((c) => (
          <li key={c}>{ccapLabel(c, props.ccapLabels)}</li>
        ))}
        {plan.benefits.map((b) => (
          <li key={b}>{b}</li>
        ))}
      </ul>
      {props.unlocks && <p className="badge">Unlocks this article</p>}
      {props.current ? (
        <p data-testid="current-plan">
          <strong>Your plan.</strong> <Link prefetch={false} href="/account">Manage it</Link>
        </p>
      ) : (
        props.action
      )}
    </li>
  );
}
