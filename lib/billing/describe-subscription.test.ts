import { describe, expect, it } from "vitest";
import { describeSubscription } from "./describe-subscription";
import type { MemberSubscription } from "./list-member-subscriptions";

const sub = (s: Partial<MemberSubscription>): MemberSubscription => ({
  id: "sub_1",
  planId: 1,
  planName: "Premium",
  level: 2,
  ccaps: [],
  status: "active",
  isGranting: true,
  accessUntil: null,
  cancelAtPeriodEnd: false,
  currentPeriodEnd: new Date("2027-01-09T10:00:00Z"),
  trialEnd: null,
  amount: 900,
  currency: "eur",
  interval: "month",
  revokedReason: null,
  ...s,
});
const dec9 = new Date("2026-12-09T10:00:00Z");

describe("a subscription in words", () => {
  it("in English, as the account page has always said it", () => {
    expect(describeSubscription(sub({}), "en")).toMatchObject({ label: "Active", canCancel: true, nextBilling: new Date("2027-01-09T10:00:00Z") });
    expect(describeSubscription(sub({ status: "trialing", trialEnd: dec9 }), "en").label).toBe("Free trial until 9 December 2026");
    expect(describeSubscription(sub({ cancelAtPeriodEnd: true, accessUntil: dec9 }), "en").label).toBe("Cancelled — access until 9 December 2026");
    expect(describeSubscription(sub({ status: "past_due", accessUntil: dec9 }), "en").label).toBe("Payment failed — access kept until 9 December 2026");
    expect(describeSubscription(sub({ revokedReason: "refund" }), "en").label).toBe("Access withdrawn after a refund");
    expect(describeSubscription(sub({ isGranting: false, status: "canceled" }), "en").label).toBe("Ended");
  });

  it("in French, dates included", () => {
    expect(describeSubscription(sub({}), "fr").label).toBe("Actif");
    expect(describeSubscription(sub({ status: "trialing", trialEnd: dec9 }), "fr").label).toBe("Essai gratuit jusqu’au 9 décembre 2026");
    expect(describeSubscription(sub({ cancelAtPeriodEnd: true, accessUntil: dec9 }), "fr").label).toBe("Résilié — accès jusqu’au 9 décembre 2026");
    expect(describeSubscription(sub({ revokedReason: "dispute" }), "fr").label).toBe("Accès retiré après une contestation");
    expect(describeSubscription(sub({ isGranting: false, status: "canceled" }), "fr").label).toBe("Terminé");
  });
});
