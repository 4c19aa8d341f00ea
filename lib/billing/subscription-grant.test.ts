import { describe, expect, it } from "vitest";
import { decideAccess } from "@/lib/access/decide-access";
import type { Grant } from "@/lib/access/types";
import { subscriptionGrant, type SubscriptionState } from "./subscription-grant";

const plan = { level: 2, ccaps: ["pdf_edition"] };
const start = new Date("2026-11-01T00:00:00Z");
const end = new Date("2026-12-01T00:00:00Z");
const base: SubscriptionState = { status: "active", currentPeriodStart: start, currentPeriodEnd: end, cancelAtPeriodEnd: false, cancelAt: null, revokedAt: null };
const reads = (grant: Grant | null, at: string) =>
  decideAccess({ kind: "member", id: "m", role: "reader", grants: [{ source: "account", level: 0, ccaps: [], until: null }, ...(grant ? [grant] : [])] }, { level: 2, ccaps: [] }, { now: new Date(at), isPublished: true, isOwnArticle: false }).allowed;

describe("subscriptionGrant", () => {
  it("active grants the plan with no end", () => {
    expect(subscriptionGrant(base, plan, { graceDays: 7 })).toEqual({ source: "plan", level: 2, ccaps: ["pdf_edition"], until: null });
  });
  it("trialing grants like active", () => {
    expect(subscriptionGrant({ ...base, status: "trialing" }, plan, { graceDays: 7 })?.until).toBeNull();
  });
  it("cancel at period end: access until the period ends, then nothing, without any new event", () => {
    const g = subscriptionGrant({ ...base, cancelAtPeriodEnd: true }, plan, { graceDays: 7 });
    expect(g?.until).toEqual(end);
    expect(reads(g, "2026-11-30T23:59:59Z")).toBe(true);
    expect(reads(g, "2026-12-01T00:00:01Z")).toBe(false);
  });
  it("an explicit cancel_at wins over the period end", () => {
    const at = new Date("2026-11-15T00:00:00Z");
    expect(subscriptionGrant({ ...base, cancelAt: at }, plan, { graceDays: 7 })?.until).toEqual(at);
  });
  it("past_due keeps access for the grace period only", () => {
    const g = subscriptionGrant({ ...base, status: "past_due" }, plan, { graceDays: 7 });
    expect(reads(g, "2026-11-07T23:00:00Z")).toBe(true);
    expect(reads(g, "2026-11-08T00:00:01Z")).toBe(false);
  });
  it("a grace period of 0 days ends access when payment fails", () => {
    expect(reads(subscriptionGrant({ ...base, status: "past_due" }, plan, { graceDays: 0 }), "2026-11-01T00:00:01Z")).toBe(false);
  });
  it.each(["canceled", "unpaid", "incomplete", "incomplete_expired", "paused", "something_new"])("%s grants nothing", (status) => {
    expect(subscriptionGrant({ ...base, status }, plan, { graceDays: 7 })).toBeNull();
  });
  it("a revoked subscription grants nothing even while active", () => {
    expect(subscriptionGrant({ ...base, revokedAt: new Date() }, plan, { graceDays: 7 })).toBeNull();
  });
});
