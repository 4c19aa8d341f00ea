import Link from "next/link";
import { PostButton } from "@/app/_components/post-button";
import { SimplePage } from "@/app/_components/simple-page";
import { getDb } from "@/db/client";
import { decideAccess } from "@/lib/access/decide-access";
import { formatCcap } from "@/lib/access/describe-requirement";
import { getArticle } from "@/lib/articles/get-article";
import { safeReturnPath } from "@/lib/auth/credentials-schema";
import { currentMember } from "@/lib/auth/current-member-next";
import { listMemberSubscriptions } from "@/lib/billing/list-member-subscriptions";
import { formatPrice, listOfferedPlans } from "@/lib/billing/list-plans";
import { logBillingWarningsOnce } from "@/lib/billing/billing-start-up-warnings";
import { billingMode } from "@/lib/billing/billing-mode";
import { planUnavailableReason } from "@/lib/billing/plan-unavailable-reason";
import { getSettings, levelLabel } from "@/lib/settings/settings";

export const metadata = { title: "Subscribe" };
export const dynamic = "force-dynamic";

/** Plans side by side; the member's current plan is marked, and so are the plans that unlock the article they came from. */
export default async function SubscribePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const returnTo = safeReturnPath(params.return);
  const chosen = Number(params.plan);
  const db = await getDb();
  const now = new Date();
  const member = await currentMember(now);
  const articleSlug = returnTo.match(/^\/articles\/([^/?#]+)/)?.[1];
  const [plans, settings, held, article] = await Promise.all([
    listOfferedPlans(db),
    getSettings(db),
    member ? listMemberSubscriptions(db, { userId: member.viewer.id, now }) : Promise.resolve([]),
    articleSlug ? getArticle(db, decodeURIComponent(articleSlug), { now }) : Promise.resolve(null),
  ]);
  const mode = billingMode();
  // Says at most once per process what start-up should have said about payments; never fails the page.
  logBillingWarningsOnce(db).catch(() => undefined);
  const heldPlanIds = new Set(held.filter((s) => s.isGranting).map((s) => s.planId));
  const unlocks = (plan: (typeof plans)[number]) =>
    article !== null &&
    decideAccess(
      { kind: "member", id: "hypothetical", role: "reader", grants: [...(member?.viewer.grants ?? []), { source: "plan", level: plan.level, ccaps: plan.ccaps, until: null }] },
      article.requirement,
      { now, isPublished: true, isOwnArticle: false },
    ).allowed;

  return (
    <SimplePage title="Subscribe" narrow={false}>
      {mode === "test" && (
        <p className="notice test-mode" role="note">
          <strong>Test mode — no real payment.</strong> No Stripe keys are configured, so checkout is a local test that creates real subscription records without charging anyone.
        </p>
      )}
      {mode === "off" && (
        <p className="notice" role="note">
          Subscriptions are not available at the moment.
        </p>
      )}
      {article && <p>Plans that unlock “{article.title}” are marked.</p>}
      <ul className="plan-grid" aria-label="Plans">
        {plans.map((plan) => {
          const isCurrent = heldPlanIds.has(plan.id);
          const unavailable = planUnavailableReason(plan, mode);
          return (
            <li key={plan.id} className={`plan${plan.id === chosen ? " chosen" : ""}`} data-plan={plan.name} data-plan-id={plan.id}>
              <h2>{plan.name}</h2>
              <p className="price">{formatPrice(plan.amount, plan.currency, plan.interval)}</p>
              {plan.trialDays > 0 && <p className="meta">{plan.trialDays}-day free trial</p>}
              <p>{plan.description}</p>
              <ul>
                <li>
                  Level {plan.level} “{levelLabel(settings, plan.level)}”
                </li>
                {plan.ccaps.map((c) => (
                  <li key={c}>{formatCcap(c)}</li>
                ))}
                {plan.benefits.map((b) => (
                  <li key={b}>{b}</li>
                ))}
              </ul>
              {unlocks(plan) && <p className="badge">Unlocks this article</p>}
              {isCurrent ? (
                <p>
                  <strong>Your current plan.</strong> <Link href="/account">Manage it</Link>
                </p>
              ) : unavailable ? (
                <p className="meta" data-testid="plan-unavailable">
                  Not available at the moment.
                </p>
              ) : member ? (
                <PostButton action="/api/billing/checkout" body={{ planId: String(plan.id), returnTo }} label={`Choose ${plan.name}`} className="button primary" />
              ) : (
                <Link className="button primary" href={`/signin?callbackUrl=${encodeURIComponent(`/subscribe?plan=${plan.id}&return=${encodeURIComponent(returnTo)}`)}`}>
                  Sign in to choose {plan.name}
                </Link>
              )}
            </li>
          );
        })}
      </ul>
      {plans.length === 0 && <p>No plans are on offer at the moment.</p>}
    </SimplePage>
  );
}
