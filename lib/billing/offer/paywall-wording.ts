import type { AccessDecision, Requirement } from "@/lib/access/types";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { ccapLabel } from "./ccap-label";
import { formatPlanTerms } from "./format-plan-price";
import { isAddOnPlan, type OfferPlan } from "./offer-plan";

export interface PaywallLink {
  href: string;
  label: string;
}

/** What the paywall box says: a heading, a line, one primary button and at most two plain links. */
export interface PaywallWording {
  heading: string;
  text: string;
  primary: PaywallLink;
  links: PaywallLink[];
}

export interface PaywallWordingInput {
  slug: string;
  requirement: Requirement;
  decision: AccessDecision;
  /** The cheapest plan that unlocks the piece for this viewer (chooseOffer), or null. */
  offer: OfferPlan | null;
  /** Whether the viewer is signed in, and whether a plan of theirs grants something now. */
  signedIn: boolean;
  hasPlan: boolean;
  ccapLabels: Readonly<Record<string, string>>;
  /** The meter's period ("this month" or "in the last 30 days"); a calendar month when not given. */
  meterPeriod?: "calendar-month" | "rolling-30-days";
  /** The site's language (English when not given). */
  locale?: Locale;
}

/**
 * The paywall box in the reader's words: it sells the cheapest plan that unlocks the piece
 * ("Read on with Premium — 7 days free, then €16/month"), or a free account for a piece that
 * only needs one. Never a level number or a raw capability name, and never "your current
 * plan" (a signed-in reader without a plan has none).
 */
export function paywallWording(input: PaywallWordingInput): PaywallWording {
  const { slug, offer, decision } = input;
  const locale = input.locale ?? DEFAULT_LOCALE;
  const t = translator(locale, "reader");
  const back = `/articles/${slug}`;
  const signIn = { href: `/signin?callbackUrl=${encodeURIComponent(back)}`, label: t("paywall.signIn") };
  const plansLink = { href: `/subscribe?from=${encodeURIComponent(slug)}`, label: t("paywall.seeAllPlans") };
  const needsOnlyAccount = input.requirement.level !== null && input.requirement.level <= 0 && input.requirement.ccaps.length === 0;
  const missing = decision.missing.ccaps.length > 0 ? decision.missing.ccaps : [...input.requirement.ccaps];
  const partOf = missing.length > 0 ? t("paywall.partOf", { names: joinWords(missing.map((c) => ccapLabel(c, input.ccapLabels)), t("paywall.and")) }) : "";
  const period = t(input.meterPeriod === "rolling-30-days" ? "paywall.last30Days" : "paywall.thisMonth");
  const meterHeading = decision.meter ? t("paywall.meterHeading", { limit: decision.meter.limit, period }) : null;

  if (!input.signedIn && needsOnlyAccount) {
    return {
      heading: meterHeading ?? t("paywall.createAccountHeading"),
      text: meterHeading ? t("paywall.createAccountAfterMeter") : t("paywall.itIsFree"),
      primary: { href: `/signup?callbackUrl=${encodeURIComponent(back)}&from=${encodeURIComponent(slug)}`, label: t("paywall.createAccount") },
      links: [signIn],
    };
  }
  if (offer) {
    const terms = t("paywall.readOn", { plan: offer.name, terms: formatPlanTerms(offer, locale) });
    const isSwitch = input.hasPlan && !isAddOnPlan(offer);
    const label = isSwitch ? t("paywall.switchTo", { plan: offer.name }) : offer.trialDays > 0 ? t("paywall.startTrial") : t("paywall.subscribeTo", { plan: offer.name });
    const includes = isSwitch ? t("paywall.includesSwitch", { plan: offer.name }) : t("paywall.includes", { plan: offer.name });
    return {
      heading: meterHeading ?? terms,
      text: [meterHeading ? `${terms}.` : "", partOf, includes].filter(Boolean).join(" "),
      primary: { href: `/subscribe?plan=${offer.id}&from=${encodeURIComponent(slug)}`, label },
      links: input.signedIn ? [plansLink] : [signIn, plansLink],
    };
  }
  return {
    heading: meterHeading ?? (partOf ? partOf.replace(/\.$/, "") : t("paywall.forSubscribers")),
    text: t("paywall.noPlan"),
    primary: { href: `/subscribe?from=${encodeURIComponent(slug)}`, label: t("paywall.seePlans") },
    links: input.signedIn ? [] : [signIn],
  };
}

/** "A", "A and B", "A, B and C" ("A, B et C"). */
function joinWords(words: string[], and: string): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} ${and} ${words[words.length - 1]}`;
}
