import type { AccessDecision, Requirement } from "@/lib/access/types";
import { ccapLabel } from "./ccap-label";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
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
  /** "this month" or "in the last 30 days". */
  meterPeriod?: string;
}

/**
 * The paywall box in the reader's words: it sells the cheapest plan that unlocks the piece
 * ("Read on with Premium — 7 days free, then €16/month"), or a free account for a piece that
 * only needs one. Never a level number or a raw capability name, and never "your current
 * plan" (a signed-in reader without a plan has none).
 */
export function paywallWording(input: PaywallWordingInput): PaywallWording {
  const { slug, offer, decision } = input;
  const back = `/articles/${slug}`;
  const signIn = { href: `/signin?callbackUrl=${encodeURIComponent(back)}`, label: "Already have an account? Sign in" };
  const plansLink = { href: `/subscribe?from=${encodeURIComponent(slug)}`, label: "See all plans" };
  const needsOnlyAccount = input.requirement.level !== null && input.requirement.level <= 0 && input.requirement.ccaps.length === 0;
  const missing = decision.missing.ccaps.length > 0 ? decision.missing.ccaps : [...input.requirement.ccaps];
  const partOf = missing.length > 0 ? `This article is part of ${joinWords(missing.map((c) => ccapLabel(c, input.ccapLabels)))}.` : "";
  const meterHeading = decision.meter ? `You have read your ${decision.meter.limit} free article${decision.meter.limit === 1 ? "" : "s"} ${input.meterPeriod ?? "this month"}` : null;

  if (!input.signedIn && needsOnlyAccount) {
    return {
      heading: meterHeading ?? "Create a free account to keep reading",
      text: meterHeading ? "Create a free account to keep reading: all it takes is your e-mail address." : "It is free: all it takes is your e-mail address.",
      primary: { href: `/signup?callbackUrl=${encodeURIComponent(back)}&from=${encodeURIComponent(slug)}`, label: "Create a free account" },
      links: [signIn],
    };
  }
  if (offer) {
    const terms = `Read on with ${offer.name} — ${formatPlanTerms(offer, DEFAULT_LOCALE)}`;
    const isSwitch = input.hasPlan && !isAddOnPlan(offer);
    const label = isSwitch ? `Switch to ${offer.name}` : offer.trialDays > 0 ? "Start your free trial" : `Subscribe to ${offer.name}`;
    const includes = isSwitch ? `${offer.name} includes this article; you pay only the difference for the rest of your current period.` : `${offer.name} includes this article. Cancel any time.`;
    return {
      heading: meterHeading ?? terms,
      text: [meterHeading ? `${terms}.` : "", partOf, includes].filter(Boolean).join(" "),
      primary: { href: `/subscribe?plan=${offer.id}&from=${encodeURIComponent(slug)}`, label },
      links: input.signedIn ? [plansLink] : [signIn, plansLink],
    };
  }
  return {
    heading: meterHeading ?? (partOf ? partOf.replace(/\.$/, "") : "This article is for subscribers"),
    text: "No plan on offer includes it at the moment.",
    primary: { href: `/subscribe?from=${encodeURIComponent(slug)}`, label: "See plans" },
    links: input.signedIn ? [] : [signIn],
  };
}

/** "A", "A and B", "A, B and C". */
function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}
