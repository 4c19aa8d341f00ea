import type { AccessDecision, Requirement, Viewer } from "@/lib/access/types";
import type { Locale } from "@/lib/i18n/locales";
import { chooseOffer } from "./choose-offer";
import type { OfferCatalogue } from "./offer-catalogue";
import type { PaywallWordingInput } from "./paywall-wording";

/**
 * What the paywall box needs for this viewer: the offer chosen from the catalogue, and
 * whether they are signed in and hold a plan now (a switch, not a second subscription).
 */
export function offerForPaywall(
  viewer: Viewer,
  requirement: Requirement,
  decision: AccessDecision,
  catalogue: OfferCatalogue,
  options: { now: Date; locale?: Locale; meterPeriod?: PaywallWordingInput["meterPeriod"] },
): Omit<PaywallWordingInput, "slug"> {
  const signedIn = viewer.kind === "member";
  const hasPlan = signedIn && viewer.grants.some((g) => g.source === "plan" && (g.until === null || g.until.getTime() > options.now.getTime()));
  return {
    requirement,
    decision,
    offer: chooseOffer(viewer, requirement, catalogue.plans, options.now),
    signedIn,
    hasPlan,
    ccapLabels: catalogue.ccapLabels,
    ...(options.locale ? { locale: options.locale } : {}),
    ...(options.meterPeriod ? { meterPeriod: options.meterPeriod } : {}),
  };
}
