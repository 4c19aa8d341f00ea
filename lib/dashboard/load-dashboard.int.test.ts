import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { articles, auditLog, checkoutAttributions, giftLinks, invoices, organisations, subscriptions, users } from "@/db/schema";
import { createTestDatabase } from "@/db/test-database";
import { dashboardCsv } from "./dashboard-csv";
import { loadDashboard, type Dashboard } from "./load-dashboard";

/*
 * The dashboard's figures against a fixture computed by hand (the expected tables below
 * were worked out from the rows, month by month, before the queries ran). Now is
 * 2026-06-15 12:00 UTC: the months are 2025-07 … 2026-06.
 */
const NOW = new Date("2026-06-15T12:00:00Z");
const d = (iso: string) => new Date(iso);
let db: Database;
let drop: () => Promise<void>;
let dashboard: Dashboard;

async function member(key: string, createdAt: string, extra: Partial<typeof users.$inferInsert> = {}): Promise<string> {
  const [row] = await db.insert(users).values({ email: `${key}@dash.example`, name: key, createdAt: d(createdAt), ...extra }).returning({ id: users.id });
  return row!.id;
}

function sub(id: string, userId: string, fields: Partial<typeof subscriptions.$inferInsert>): typeof subscriptions.$inferInsert {
  return { id, userId, customerId: `cus_${id}`, priceId: "price_x", status: "active", currency: "eur", interval: "month", ...fields };
}

const comp = (userId: string, at: string, compLevel: number | null, compUntil: string | null) => ({
  actorId: null,
  action: compLevel === null ? "member.end-comp" : "member.set-comp",
  targetType: "member",
  targetId: userId,
  after: { level: 0, compLevel, compUntil, ccaps: [] },
  createdAt: d(at),
});

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  const a = await member("a", "2025-05-10T00:00:00Z");
  const b = await member("b", "2026-01-05T00:00:00Z");
  const c = await member("c", "2026-02-10T00:00:00Z");
  const dd = await member("d", "2026-03-01T00:00:00Z");
  const e = await member("e", "2026-04-02T00:00:00Z");
  const f = await member("f", "2026-05-03T00:00:00Z", { compLevel: 2, compUntil: d("2026-07-01T00:00:00Z") });
  const g = await member("g", "2026-06-01T00:00:00Z");
  // H's complimentary access came with an import (no audit row): its current grant counts.
  const h = await member("h", "2026-06-05T00:00:00Z", { compLevel: 1, compUntil: d("2026-06-30T00:00:00Z") });
  const i = await member("i", "2026-06-06T00:00:00Z");
  void a;
  await db.insert(subscriptions).values([
    sub("sub_b", b, { amount: 1000, stripeCreatedAt: d("2026-01-05T00:00:00Z") }),
    // B also takes a second plan in May: two paying subscriptions, one paying member.
    sub("sub_b2", b, { amount: 500, stripeCreatedAt: d("2026-05-01T00:00:00Z") }),
    sub("sub_c", c, { amount: 12000, interval: "year", status: "canceled", stripeCreatedAt: d("2026-02-10T00:00:00Z"), canceledAt: d("2026-04-20T00:00:00Z"), endedAt: d("2026-04-20T00:00:00Z") }),
    sub("sub_d", dd, { amount: 900, stripeCreatedAt: d("2026-03-01T00:00:00Z"), trialEnd: d("2026-03-15T00:00:00Z") }),
    sub("sub_e", e, { amount: 900, status: "canceled", stripeCreatedAt: d("2026-04-02T00:00:00Z"), trialEnd: d("2026-04-16T00:00:00Z"), endedAt: d("2026-04-16T00:00:00Z") }),
    // Refunded: Stripe still says active, but access was revoked on 10 June.
    sub("sub_g", g, { amount: 1000, stripeCreatedAt: d("2026-06-01T00:00:00Z"), revokedAt: d("2026-06-10T00:00:00Z"), revokedReason: "refund" }),
  ]);
  const invoice = (id: string, subscriptionId: string, amountPaid: number, at: string) => ({ id, userId: null, subscriptionId, status: "paid", amountDue: amountPaid, amountPaid, currency: "eur", stripeCreatedAt: d(at) });
  await db.insert(invoices).values([
    invoice("in_d0", "sub_d", 0, "2026-03-01T00:00:00Z"),
    invoice("in_d1", "sub_d", 900, "2026-03-15T00:00:00Z"),
    invoice("in_e0", "sub_e", 0, "2026-04-02T00:00:00Z"),
  ]);
  await db.insert(auditLog).values([
    // B is complimentary too, but paying: counted once, as paying.
    comp(b, "2026-02-01T00:00:00Z", 2, "2026-12-31T00:00:00.000Z"),
    comp(f, "2026-05-03T00:00:00Z", 2, "2026-07-01T00:00:00.000Z"),
    comp(i, "2026-06-06T00:00:00Z", 1, "2026-08-01T00:00:00.000Z"),
    comp(i, "2026-06-07T00:00:00Z", null, null),
  ]);
  await db.insert(organisations).values([
    { name: "Ministry", createdAt: d("2026-01-01T00:00:00Z"), endsAt: d("2026-03-31T23:00:00Z") },
    { name: "University", createdAt: d("2026-05-01T00:00:00Z"), startsAt: d("2026-05-01T00:00:00Z") },
  ]);
  const [x1, x2, x3] = await db
    .insert(articles)
    .values(["Libya's oil", "=Ports of Europe", "Gone"].map((title, k) => ({ slug: `dash-${k}`, title, standfirst: "", teaserHtml: "<p>t</p>", gatedHtml: "", status: "published" as const, publishedAt: d("2025-01-01T00:00:00Z") })))
    .returning({ id: articles.id });
  const [gift] = await db.insert(giftLinks).values({ articleId: x1!.id, giverId: b, kind: "member" }).returning({ id: giftLinks.id });
  await db.insert(checkoutAttributions).values([
    { event: "signup", memberId: f, articleId: x1!.id, createdAt: d("2026-05-03T00:00:00Z") },
    { event: "subscribed", memberId: dd, articleId: x1!.id, checkoutId: "cs_d", createdAt: d("2026-03-01T00:00:00Z") },
    { event: "subscribed", memberId: b, articleId: x1!.id, giftLinkId: gift!.id, checkoutId: "cs_b", createdAt: d("2026-01-05T00:00:00Z") },
    { event: "signup", memberId: h, articleId: x2!.id, createdAt: d("2026-06-05T00:00:00Z") },
    { event: "signup", memberId: i, articleId: x2!.id, createdAt: d("2026-06-06T00:00:00Z") },
    // Before the dashboard's twelve months: not counted.
    { event: "subscribed", memberId: a, articleId: x2!.id, checkoutId: "cs_a", createdAt: d("2025-05-10T00:00:00Z") },
    { event: "signup", memberId: e, articleId: x3!.id, createdAt: d("2026-04-02T00:00:00Z") },
  ]);
  await db.execute(sql`delete from articles where id = ${x3!.id}`);
  dashboard = await loadDashboard(db, NOW);
}, 180_000);

afterAll(async () => {
  await drop();
});

const EARLY = ["2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12"];

describe("the dashboard's figures, against the hand-computed fixture", () => {
  it("members by kind at each month's end (kinds never overlap; deleted orgs' terms respected)", () => {
    const table = dashboard.members.map((m) => [m.month, m.signups, m.total, m.paying, m.complimentary, m.free, m.organisations]);
    expect(table).toEqual([
      ...EARLY.map((m) => [m, 0, 1, 0, 0, 1, 0]),
      ["2026-01", 1, 2, 1, 0, 1, 1],
      ["2026-02", 1, 3, 2, 0, 1, 1],
      ["2026-03", 1, 4, 3, 0, 1, 0],
      ["2026-04", 1, 5, 2, 0, 3, 0],
      ["2026-05", 1, 6, 2, 1, 3, 1],
      ["2026-06", 3, 9, 2, 2, 5, 1],
    ]);
  });

  it("MRR per month (a yearly price counts a twelfth; trials and revoked subscriptions count nothing)", () => {
    expect(dashboard.revenue.map((r) => [r.month, r.currency, r.mrr])).toEqual([
      ["2026-01", "eur", 1000],
      ["2026-02", "eur", 2000],
      ["2026-03", "eur", 2900],
      ["2026-04", "eur", 1900],
      ["2026-05", "eur", 2400],
      ["2026-06", "eur", 2400],
    ]);
    expect(dashboard.headline).toEqual({ paying: 2, payingBefore: 2, mrr: [{ currency: "eur", now: 2400, before: 2400 }], trialsEnded: 2, trialsConverted: 1 });
  });

  it("new and churned subscriptions per month (a refund's revocation is churn)", () => {
    expect(dashboard.subscriptions.filter((s) => s.started || s.churned).map((s) => [s.month, s.started, s.churned])).toEqual([
      ["2026-01", 1, 0],
      ["2026-02", 1, 0],
      ["2026-03", 1, 0],
      ["2026-04", 1, 2],
      ["2026-05", 1, 0],
      ["2026-06", 1, 1],
    ]);
  });

  it("trial conversion by the month the trial ended (a paid invoice above zero converts)", () => {
    expect(dashboard.trials.filter((t) => t.ended).map((t) => [t.month, t.ended, t.converted])).toEqual([
      ["2026-03", 1, 1],
      ["2026-04", 1, 0],
    ]);
  });

  it("which paywalls converted: per article, gift conversions apart, a deleted article kept", () => {
    expect(dashboard.paywalls.map((p) => [p.title, p.signups, p.subscribed, p.giftConversions])).toEqual([
      ["Libya's oil", 1, 2, 1],
      ["=Ports of Europe", 2, 0, 0],
      [null, 1, 0, 0],
    ]);
  });

  it("CSV exports carry the same figures (a formula-like title is defused)", () => {
    const members = dashboardCsv(dashboard, "members").trim().split("\n");
    expect(members[0]).toBe("month,signups,total,paying,complimentary,free,organisations");
    expect(members.at(-1)).toBe("2026-06,3,9,2,2,5,1");
    expect(dashboardCsv(dashboard, "mrr").trim().split("\n").at(-1)).toBe("2026-06,eur,24.00");
    expect(dashboardCsv(dashboard, "trials")).toContain("2026-03,1,1,1.0000");
    const paywalls = dashboardCsv(dashboard, "paywalls");
    expect(paywalls).toContain("'=Ports of Europe");
    expect(paywalls).toContain("(deleted article)");
  });
});
