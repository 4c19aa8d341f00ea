import Link from "next/link";
import { PostButton } from "@/app/_components/post-button";
import { DeferredHydration } from "@/app/_components/deferred-hydration";
import { SimplePage } from "@/app/_components/simple-page";
import { getDb } from "@/db/client";
import { decideAccess } from "@/lib/access/decide-access";
import { getArticle } from "@/lib/articles/get-article";
import { safeReturnPath } from "@/lib/auth/credentials-schema";
import { currentMember } from "@/lib/auth/current-member-next";
import { logBillingWarningsOnce } from "@/lib/billing/billing-start-up-warnings";
import { billingMode } from "@/lib/billing/billing-mode";
import { listMemberSubscriptions } from "@/lib/billing/list-member-subscriptions";
import { listOfferedPlans } from "@/lib/billing/list-plans";
import { loadOfferCatalogue } from "@/lib/billing/offer/offer-catalogue";
import { isAddOnPlan } from "@/lib/billing/offer/offer-plan";
import { planUnavailableReason } from "@/lib/billing/plan-unavailable-reason";
import { planChoice } from "@/lib/billing/switch/plan-choice";
import { getSettings, levelLabel } from "@/lib/settings/settings";
import { AccountStep } from "./_components/account-step";
import { PlanCard } from "./_components/plan-card";

export const metadata = { title: "Subscribe" };
export const dynamic = "force-dynamic";

const text = (v: string | string[] | undefined) => (typeof v === "string" && v.length > 0 && v.length <= 200 ? v : null);

/**
 * Plans side by side. A signed-out reader who chose one (`?plan=`) gives their e-mail here and
 * goes straight on to payment; a member sees their plan as theirs, other base plans as
 * switches (prorated), add-ons as additions. `from` is the article they came from (marked
 * plans unlock it, and it is where they return), `gift` the gift link that brought them.
 */
export default async function SubscribePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const legacy = safeReturnPath(params.return).match(/^\/articles\/([^/?#]+)/)?.[1];
  const from = text(params.from) ?? (legacy ? decodeURIComponent(legacy) : null);
  const gift = text(params.gift);
  const chosenId = Number(params.plan);
  const db = await getDb();
  const now = new Date();
  const member = await currentMember(now);
  const [plans, settings, held, article, catalogue] = await Promise.all([
    listOfferedPlans(db),
    getSettings(db),
    member ? listMemberSubscriptions(db, { userId: member.viewer.id, now }) : Promise.resolve([]),
    from ? getArticle(db, from, { now }) : Promise.resolve(null),
    loadOfferCatalogue(db),
  ]);
  const mode = billingMode();
  // Says at most once per process what start-up should have said about payments; never fails the page.
  logBillingWarningsOnce(db).catch(() => undefined);
  const fromSlug = article ? article.slug : null;
  const carry = { ...(fromSlug ? { from: fromSlug } : {}), ...(gift ? { gift } : {}) };
  const here = (planId: number) => `/subscribe?${new URLSearchParams({ plan: String(planId), ...carry })}`;
  const chosen = plans.find((p) => p.id === chosenId && planUnavailableReason(p, mode) === null) ?? null;
  const unlocks = (plan: (typeof plans)[number]) =>
    article !== null &&
    decideAccess(
      { kind: "member", id: "hypothetical", role: "reader", grants: [...(member?.viewer.grants ?? [{ source: "account", level: 0, ccaps: [], until: null }]), { source: "plan", level: plan.level, ccaps: plan.ccaps, until: null }] },
      article.requirement,
      { now, isPublished: true, isOwnArticle: false },
    ).allowed;

  function action(plan: (typeof plans)[number]) {
    const unavailable = planUnavailableReason(plan, mode);
    if (unavailable)
      return (
        <p className="meta" data-testid="plan-unavailable">
          Not available at the moment.
        </p>
      );
    if (!member)
      return (
        <Link prefetch={false} className="button primary" href={here(plan.id)}>
          Choose {plan.name}
        </Link>
      );
    const choice = planChoice(held, plan);
    if (choice.kind === "switch")
      return (
        <Link prefetch={false} className="button primary" href={`/subscribe/switch?${new URLSearchParams({ plan: String(plan.id), ...carry })}`}>
          Switch to {plan.name}
        </Link>
      );
    return <PostButton action="/api/billing/checkout" body={{ planId: String(plan.id), ...carry }} label={isAddOnPlan(plan) && held.some((s) => s.isGranting) ? `Add ${plan.name}` : `Choose ${plan.name}`} className="button primary" />;
  }

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
      {chosen && !member && <AccountStep plan={chosen} from={fromSlug} gift={gift} signInHref={`/signin?callbackUrl=${encodeURIComponent(here(chosen.id))}`} />}
      {article && <p>Plans that unlock “{article.title}” are marked.</p>}
      {chosen && !member && <h2 className="section-title">Or choose another plan</h2>}
      <DeferredHydration>
        <ul className="plan-grid" aria-label="Plans">
          {plans.map((plan) => (
            <PlanCard
              key={plan.id}
              plan={plan}
              levelLabel={isAddOnPlan(plan) ? null : levelLabel(settings, plan.level)}
              ccapLabels={catalogue.ccapLabels}
              chosen={plan.id === chosen?.id}
              unlocks={unlocks(plan)}
              current={member !== null && planChoice(held, plan).kind === "current"}
              action={action(plan)}
            />
          ))}
        </ul>
      </DeferredHydration>
      {plans.length === 0 && <p>No plans are on offer at the moment.</p>}
      {!member && (
        <p>
          Only need a free account? <Link prefetch={false} href={`/signup?${new URLSearchParams({ callbackUrl: fromSlug ? `/articles/${fromSlug}` : "/", ...carry })}`}>Create one</Link>. Already a subscriber?{" "}
          <Link prefetch={false} href={`/signin?callbackUrl=${encodeURIComponent(fromSlug ? `/articles/${fromSlug}` : "/subscribe")}`}>Sign in</Link>.
        </p>
      )}
    </SimplePage>
  );
}
