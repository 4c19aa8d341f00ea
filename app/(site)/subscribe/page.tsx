import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PostButton } from "@/app/_components/post-button";
import { DeferredHydration } from "@/app/_components/deferred-hydration";
import { SimplePage } from "@/app/_components/simple-page";
import { currentLocale } from "@/app/_lib/locale";
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

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.subscribe");
  return { title: t("title") };
}
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
  const [t, locale] = await Promise.all([getTranslations("account.subscribe"), currentLocale()]);
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
          {t("unavailable")}
        </p>
      );
    if (!member)
      return (
        <Link prefetch={false} className="button primary" href={here(plan.id)}>
          {t("choose", { plan: plan.name })}
        </Link>
      );
    const choice = planChoice(held, plan);
    if (choice.kind === "switch")
      return (
        <Link prefetch={false} className="button primary" href={`/subscribe/switch?${new URLSearchParams({ plan: String(plan.id), ...carry })}`}>
          {t("switchTo", { plan: plan.name })}
        </Link>
      );
    return <PostButton action="/api/billing/checkout" body={{ planId: String(plan.id), ...carry }} label={isAddOnPlan(plan) && held.some((s) => s.isGranting) ? t("add", { plan: plan.name }) : t("choose", { plan: plan.name })} className="button primary" />;
  }

  return (
    <SimplePage title={t("title")} narrow={false}>
      {mode === "test" && (
        <p className="notice test-mode" role="note">
          {t.rich("testMode", { strong: (chunks) => <strong>{chunks}</strong> })}
        </p>
      )}
      {mode === "off" && (
        <p className="notice" role="note">
          {t("off")}
        </p>
      )}
      {chosen && !member && <AccountStep plan={chosen} locale={locale} from={fromSlug} gift={gift} signInHref={`/signin?callbackUrl=${encodeURIComponent(here(chosen.id))}`} />}
      {article && <p>{t("marked", { title: article.title })}</p>}
      {chosen && !member && <h2 className="section-title">{t("another")}</h2>}
      <DeferredHydration>
        <ul className="plan-grid" aria-label={t("plansAria")}>
          {plans.map((plan) => (
            <PlanCard
              key={plan.id}
              plan={plan}
              locale={locale}
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
      {plans.length === 0 && <p>{t("none")}</p>}
      {!member && (
        <p>
          {t.rich("freeOnly", {
            signup: (chunks) => <Link prefetch={false} href={`/signup?${new URLSearchParams({ callbackUrl: fromSlug ? `/articles/${fromSlug}` : "/", ...carry })}`}>{chunks}</Link>,
            signin: (chunks) => <Link prefetch={false} href={`/signin?callbackUrl=${encodeURIComponent(fromSlug ? `/articles/${fromSlug}` : "/subscribe")}`}>{chunks}</Link>,
          })}
        </p>
      )}
    </SimplePage>
  );
}
