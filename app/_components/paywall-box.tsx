import Link from "next/link";
import type { AccessDecision, Requirement } from "@/lib/access/types";
import { describeRequirement, formatCcap } from "@/lib/access/describe-requirement";

/**
 * The box where the gated text would start. Its wording follows the access decision:
 * anonymous → sign in / subscribe; too low a level → upgrade; missing ccap → name it.
 */
export function PaywallBox(props: {
  requirement: Requirement;
  decision: AccessDecision;
  levelLabels: readonly string[];
  returnTo: string;
}) {
  const { requirement, decision, levelLabels, returnTo } = props;
  const back = encodeURIComponent(returnTo);
  const needs = describeRequirement(requirement, levelLabels);
  const isFreeAccount = requirement.level === 0 && requirement.ccaps.length === 0;
  let heading: string;
  let text: string;
  if (decision.reason === "anonymous") {
    heading = isFreeAccount ? "Create a free account to keep reading" : "This article is for subscribers";
    text = `To read on you need: ${needs}.`;
  } else if (decision.reason === "level-too-low" && decision.missing.level !== null) {
    const label = levelLabels[decision.missing.level] ?? `Level ${decision.missing.level}`;
    heading = `Upgrade to Level ${decision.missing.level} “${label}” to keep reading`;
    text = `Your current plan does not include this article. It needs: ${needs}.`;
  } else {
    heading = `This article needs ${decision.missing.ccaps.map(formatCcap).join(", ")}`;
    text = `Your account does not include ${decision.missing.ccaps.map(formatCcap).join(", ")}. It needs: ${needs}.`;
  }
  return (
    <aside className="paywall" aria-labelledby="paywall-heading" data-paywall>
      <h2 id="paywall-heading">{heading}</h2>
      <p>{text}</p>
      <div className="actions">
        {decision.reason === "anonymous" && isFreeAccount ? (
          <Link className="button primary" href={`/signup?callbackUrl=${back}`}>
            Create a free account
          </Link>
        ) : (
          <Link className="button primary" href={`/subscribe?return=${back}`}>
            {decision.reason === "anonymous" ? "Subscribe" : "See plans"}
          </Link>
        )}
        {decision.reason === "anonymous" && (
          <Link className="button" href={`/signin?callbackUrl=${back}`}>
            Sign in
          </Link>
        )}
      </div>
    </aside>
  );
}
