import { describe, expect, it } from "vitest";
import { ANONYMOUS, type Viewer } from "@/lib/access/types";
import { ccapLabel } from "./ccap-label";
import { chooseOffer } from "./choose-offer";
import { formatAmount, formatPlanPrice, formatPlanTerms } from "./format-plan-price";
import { isAddOnPlan, type OfferPlan } from "./offer-plan";
import { paywallWording } from "./paywall-wording";

const plan = (p: Partial<OfferPlan> & Pick<OfferPlan, "id" | "name" | "level" | "amount">): OfferPlan => ({ ccaps: [], currency: "eur", interval: "month", trialDays: 0, position: p.id, ...p });
const reader = plan({ id: 1, name: "Reader", level: 1, amount: 900 });
const premium = plan({ id: 2, name: "Premium", level: 2, amount: 1600, trialDays: 7 });
const insider = plan({ id: 3, name: "Insider", level: 3, amount: 24000, interval: "year" });
const dossier = plan({ id: 4, name: "Libya dossier", level: 1, ccaps: ["dossier_libya"], amount: 1200 });
const pdf = plan({ id: 5, name: "PDF edition", level: 0, ccaps: ["pdf_edition"], amount: 300 });
const plans = [insider, premium, reader, dossier, pdf];
const now = new Date("2026-12-03T08:00:00Z");
const member = (level: number, source: "account" | "plan" = "account", ccaps: string[] = []): Viewer => ({
  kind: "member",
  id: "m",
  role: "reader",
  grants: [{ source: "account", level: 0, ccaps: [], until: null }, ...(level > 0 || ccaps.length ? [{ source, level, ccaps, until: null }] : [])],
});
const paywallDecision = (missingLevel: number | null, ccaps: string[] = []) => ({ allowed: false, reason: "level-too-low" as const, missing: { level: missingLevel, ccaps } });

describe("chooseOffer", () => {
  it("picks the cheapest plan that unlocks the piece, by monthly cost", () => {
    expect(chooseOffer(ANONYMOUS, { level: 1, ccaps: [] }, plans, now)?.name).toBe("Reader");
    expect(chooseOffer(ANONYMOUS, { level: 2, ccaps: [] }, plans, now)?.name).toBe("Premium");
    // €240/year is €20/month: above Premium, the only other plan that reaches level 3 is none.
    expect(chooseOffer(ANONYMOUS, { level: 3, ccaps: [] }, plans, now)?.name).toBe("Insider");
    expect(chooseOffer(ANONYMOUS, { level: 1, ccaps: ["dossier_libya"] }, plans, now)?.name).toBe("Libya dossier");
    expect(chooseOffer(ANONYMOUS, { level: 4, ccaps: [] }, plans, now)).toBeNull();
  });
  it("counts what a member already holds: a Reader needs only the add-on for a level-1 PDF piece", () => {
    expect(chooseOffer(member(1, "plan"), { level: 1, ccaps: ["pdf_edition"] }, plans, now)?.name).toBe("PDF edition");
    expect(chooseOffer(ANONYMOUS, { level: 1, ccaps: ["pdf_edition"] }, plans, now)).toBeNull();
  });
  it("yearly plans compare by their monthly cost", () => {
    const yearlyReader = plan({ id: 9, name: "Reader yearly", level: 1, amount: 9600, interval: "year" });
    expect(chooseOffer(ANONYMOUS, { level: 1, ccaps: [] }, [reader, yearlyReader], now)?.name).toBe("Reader yearly");
  });
});

describe("isAddOnPlan", () => {
  it("is a capability-only plan at level 0", () => {
    expect(isAddOnPlan(pdf)).toBe(true);
    expect(isAddOnPlan(dossier)).toBe(false);
    expect(isAddOnPlan(reader)).toBe(false);
    expect(isAddOnPlan({ level: 0, ccaps: [] })).toBe(false);
  });
});

describe("prices in the reader's words", () => {
  it("drops .00 and says the trial first", () => {
    expect(formatPlanPrice(1600, "eur", "month", "en")).toBe("€16/month");
    expect(formatPlanPrice(950, "eur", "month", "en")).toBe("€9.50/month");
    expect(formatPlanPrice(24000, "eur", "year", "en")).toBe("€240/year");
    expect(formatPlanTerms(premium, "en")).toBe("7 days free, then €16/month");
    expect(formatPlanTerms({ ...premium, trialDays: 1 }, "en")).toBe("1 day free, then €16/month");
    expect(formatPlanTerms(reader, "en")).toBe("€9/month");
    expect(formatAmount(700, "eur", "en")).toBe("€7.00");
  });
  it("in French: the amount before the sign, the interval and the trial in French", () => {
    const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");
    expect(nbsp(formatPlanPrice(1600, "eur", "month", "fr"))).toBe("16 €/mois");
    expect(nbsp(formatPlanPrice(950, "eur", "month", "fr"))).toBe("9,50 €/mois");
    expect(nbsp(formatPlanPrice(24000, "eur", "year", "fr"))).toBe("240 €/an");
    expect(nbsp(formatPlanTerms(premium, "fr"))).toBe("7 jours gratuits, puis 16 €/mois");
    expect(nbsp(formatPlanTerms({ ...premium, trialDays: 1 }, "fr"))).toBe("1 jour gratuit, puis 16 €/mois");
    expect(nbsp(formatAmount(700, "eur", "fr"))).toBe("7,00 €");
  });
  it("names capabilities by their catalogue label", () => {
    expect(ccapLabel("dossier_libya", { dossier_libya: "The Libya dossier" })).toBe("The Libya dossier");
    expect(ccapLabel("pdf_edition", {})).toBe("Pdf edition");
  });
});

describe("paywallWording", () => {
  const base = { slug: "a-piece", ccapLabels: { dossier_libya: "The Libya dossier" }, hasPlan: false };
  it("sells the cheapest plan with price and trial to a visitor", () => {
    const w = paywallWording({ ...base, requirement: { level: 2, ccaps: [] }, decision: { allowed: false, reason: "anonymous", missing: { level: 2, ccaps: [] } }, offer: premium, signedIn: false });
    expect(w.heading).toBe("Read on with Premium — 7 days free, then €16/month");
    expect(w.primary).toEqual({ href: "/subscribe?plan=2&from=a-piece", label: "Start your free trial" });
    expect(w.links.map((l) => l.label)).toContain("Already have an account? Sign in");
  });
  it("asks only for a free account for a level-0 piece", () => {
    const w = paywallWording({ ...base, requirement: { level: 0, ccaps: [] }, decision: { allowed: false, reason: "anonymous", missing: { level: 0, ccaps: [] } }, offer: null, signedIn: false });
    expect(w.heading).toBe("Create a free account to keep reading");
    expect(w.primary.href).toBe("/signup?callbackUrl=%2Farticles%2Fa-piece&from=a-piece");
  });
  it("never says a level number, a raw capability or 'your current plan'", () => {
    const cases = [
      paywallWording({ ...base, requirement: { level: 1, ccaps: ["dossier_libya"] }, decision: paywallDecision(1, ["dossier_libya"]), offer: dossier, signedIn: true }),
      paywallWording({ ...base, requirement: { level: 2, ccaps: [] }, decision: paywallDecision(2), offer: premium, signedIn: true }),
      paywallWording({ ...base, requirement: { level: 4, ccaps: [] }, decision: paywallDecision(4), offer: null, signedIn: true }),
      paywallWording({ ...base, requirement: { level: 1, ccaps: ["dossier_libya"] }, decision: { allowed: false, reason: "anonymous", missing: { level: 1, ccaps: ["dossier_libya"] } }, offer: null, signedIn: false }),
    ];
    for (const w of cases) {
      const words = [w.heading, w.text, w.primary.label, ...w.links.map((l) => l.label)].join(" ");
      expect(words).not.toMatch(/level \d|dossier_libya|current plan/i);
    }
    expect(cases[0]!.text).toContain("This article is part of The Libya dossier.");
    expect(cases[3]!.heading).toBe("This article is part of The Libya dossier");
  });
  it("offers a switch, not a second plan, to a subscriber", () => {
    const w = paywallWording({ ...base, hasPlan: true, requirement: { level: 2, ccaps: [] }, decision: paywallDecision(2), offer: premium, signedIn: true });
    expect(w.primary.label).toBe("Switch to Premium");
    expect(w.text).toContain("pay only the difference");
  });
  it("says where the meter stands and still names the offer", () => {
    const w = paywallWording({ ...base, requirement: { level: 1, ccaps: [] }, decision: { allowed: false, reason: "anonymous", missing: { level: 1, ccaps: [] }, meter: { limit: 3, remaining: 0, counts: false } }, offer: reader, signedIn: false, meterPeriod: "this month" });
    expect(w.heading).toBe("You have read your 3 free articles this month");
    expect(w.text).toContain("Read on with Reader — €9/month.");
  });
});
