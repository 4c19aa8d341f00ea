import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { emailDeliveries, newsletterOptIns, outbox } from "@/db/schema";
import { createTestDatabase } from "@/db/test-database";
import { deliverPendingEmails } from "./deliver-emails";
import { devOutboxTransport } from "./email-transport";
import { GATED_SENTENCE, member, seedNewsletterFixture } from "./newsletter-test-fixtures";
import { sendNewsletterIssue } from "./send-newsletter-issue";
import { sendSegmentEmail } from "./send-segment-email";
import { parseUnsubscribeLink, unsubscribeWithToken } from "./unsubscribe-with-token";
import { oneClickUnsubscribeUrl, unsubscribeUrl } from "./unsubscribe-token";

const SECRET = "newsletter-test-secret";
const ORIGIN = "https://news.example.org";
// Real time: outbox rows are due from the database clock (not_before defaults to now()).
const now = new Date();
let db: Database;
let drop: () => Promise<void>;
beforeAll(async () => ({ db, drop } = await createTestDatabase()));
afterAll(async () => drop());

const deliver = () => deliverPendingEmails(db, { transport: devOutboxTransport(db), limit: 100, origin: ORIGIN, secret: SECRET, siteName: "The Desk", now: () => new Date() });
const copyOf = async (email: string) => (await db.select().from(outbox).where(eq(outbox.to, email)))[0];

describe("a piece sent to a newsletter", () => {
  it("gives each recipient the copy decideAccess allows them: teaser and a subscribe link, or the full text", async () => {
    const f = await seedNewsletterFixture(db, "access", now);
    const { recipients } = await sendNewsletterIssue(db, { newsletterId: f.newsletter.id, request: { kind: "article", articleId: f.articleId }, actorId: f.premium, now });
    expect(recipients).toBe(2);
    expect(await deliver()).toMatchObject({ sent: 2 });
    const free = (await copyOf("free-access@readers.example"))!;
    const premium = (await copyOf("premium-access@readers.example"))!;
    for (const part of [free.text, free.html ?? ""]) {
      expect(part).toContain("The teaser paragraph anyone may read.");
      expect(part).not.toContain("secret convoy");
      expect(part).toContain("/subscribe?return=%2Farticles%2Fconvoy-access");
    }
    for (const part of [premium.text, premium.html ?? ""]) expect(part).toContain(GATED_SENTENCE);
    expect(free.html).toMatch(/^<!DOCTYPE html/);
  });

  it("is queued once per newsletter however often it is sent, and a second delivery run sends nothing", async () => {
    const f = await seedNewsletterFixture(db, "once", now);
    await sendNewsletterIssue(db, { newsletterId: f.newsletter.id, request: { kind: "article", articleId: f.articleId }, actorId: f.premium, now });
    await expect(sendNewsletterIssue(db, { newsletterId: f.newsletter.id, request: { kind: "article", articleId: f.articleId }, actorId: f.premium, now })).rejects.toMatchObject({ code: "CONFLICT" });
    await deliver();
    expect(await deliver()).toMatchObject({ sent: 0 });
    expect(await db.select().from(outbox).where(eq(outbox.to, "free-once@readers.example"))).toHaveLength(1);
  });

  it("a digest collects the pieces since the last one, and refuses when there is none", async () => {
    const f = await seedNewsletterFixture(db, "digest", now);
    await db.update((await import("@/db/schema")).newsletters).set({ cadence: "digest", createdAt: new Date(now.getTime() - 3600_000) }).where(eq((await import("@/db/schema")).newsletters.id, f.newsletter.id));
    const first = await sendNewsletterIssue(db, { newsletterId: f.newsletter.id, request: { kind: "digest" }, actorId: f.premium, now });
    expect(first.recipients).toBe(2);
    await expect(sendNewsletterIssue(db, { newsletterId: f.newsletter.id, request: { kind: "digest" }, actorId: f.premium, now: new Date(now.getTime() + 1000) })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("a member's choices", () => {
  it("are exactly the boxes ticked: others are removed, unknown newsletters ignored", async () => {
    const { setNewsletterOptIns, optInsFromForm } = await import("./member-newsletters");
    const f = await seedNewsletterFixture(db, "choices", now);
    const other = await seedNewsletterFixture(db, "choices-2", now);
    const ids = optInsFromForm({ [`newsletter-${other.newsletter.id}`]: "on", "newsletter-999999": "on", [`newsletter-${f.newsletter.id}`]: "off", name: "x" });
    expect(ids.sort()).toEqual([other.newsletter.id, 999999].sort());
    await setNewsletterOptIns(db, { userId: f.free, newsletterIds: ids });
    const rows = await db.select().from(newsletterOptIns).where(eq(newsletterOptIns.userId, f.free));
    expect(rows.map((r) => r.newsletterId)).toEqual([other.newsletter.id]);
    await setNewsletterOptIns(db, { userId: f.free, newsletterIds: [] });
    expect(await db.select().from(newsletterOptIns).where(eq(newsletterOptIns.userId, f.free))).toEqual([]);
  });
});

describe("one-click unsubscribe", () => {
  it("carries RFC 8058 headers whose signed link removes the opt-in; a forged link is refused", async () => {
    const f = await seedNewsletterFixture(db, "unsub", now);
    await sendNewsletterIssue(db, { newsletterId: f.newsletter.id, request: { kind: "article", articleId: f.articleId }, actorId: f.premium, now });
    await deliver();
    const copy = (await copyOf("free-unsub@readers.example"))!;
    const expected = unsubscribeUrl({ origin: ORIGIN, userId: f.free, newsletterId: f.newsletter.id, secret: SECRET });
    const oneClick = oneClickUnsubscribeUrl({ origin: ORIGIN, userId: f.free, newsletterId: f.newsletter.id, secret: SECRET });
    expect(oneClick).toContain("/api/newsletters/unsubscribe?");
    expect(copy.headers).toMatchObject({ "List-Unsubscribe": `<${oneClick}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
    expect(copy.text).toContain(expected);
    const params = new URL(expected).searchParams;
    expect(() => parseUnsubscribeLink(new URLSearchParams({ u: f.premium, n: params.get("n")!, t: params.get("t")! }), SECRET)).toThrow(/not valid/);
    expect(() => parseUnsubscribeLink(params, "another-secret")).toThrow(/not valid/);
    await unsubscribeWithToken(db, parseUnsubscribeLink(params, SECRET));
    const left = await db.select().from(newsletterOptIns).where(eq(newsletterOptIns.newsletterId, f.newsletter.id));
    expect(left.map((r) => r.userId)).toEqual([f.premium]);
  });
});

describe("e-mail a segment", () => {
  it("queues the message for the members the filter finds, once each, without unsubscribe headers", async () => {
    const a = await member(db, "segment-a@press.example", 3);
    await member(db, "segment-b@press.example", 1);
    const { recipients } = await sendSegmentEmail(db, { actorId: a, filter: { level: "3", q: "segment-" }, input: { subject: "Our event", body: "Come to **the event**." }, now });
    expect(recipients).toBe(1);
    await deliver();
    const copy = (await copyOf("segment-a@press.example"))!;
    expect(copy.html).toContain("<strong>the event</strong>");
    expect(copy.headers).toEqual({});
    expect(await copyOf("segment-b@press.example")).toBeUndefined();
    const rows = await db.select().from(emailDeliveries).where(and(eq(emailDeliveries.userId, a), eq(emailDeliveries.status, "sent")));
    expect(rows).toHaveLength(1);
  });
});

describe("a member's own data", () => {
  it("the export lists their newsletters and mailings; deleting the account removes opt-ins and outbox rows", async () => {
    const { deleteAccount } = await import("@/lib/account/delete-account");
    const { exportAccountData } = await import("@/lib/account/export-account-data");
    const f = await seedNewsletterFixture(db, "gdpr", now);
    await sendNewsletterIssue(db, { newsletterId: f.newsletter.id, request: { kind: "article", articleId: f.articleId }, actorId: f.premium, now });
    await deliver();
    const data = await exportAccountData(db, { userId: f.free, now });
    expect(data?.newsletters.optIns.map((o) => o.newsletter)).toEqual(["Briefing gdpr"]);
    expect(data?.newsletters.mailings).toMatchObject([{ subject: "Convoy gdpr", status: "sent" }]);
    await deleteAccount(db, () => {
      throw new Error("A member without Stripe records needs no Stripe call.");
    }, { userId: f.free, now });
    expect(await db.select().from(newsletterOptIns).where(eq(newsletterOptIns.userId, f.free))).toEqual([]);
    expect(await db.select().from(emailDeliveries).where(eq(emailDeliveries.userId, f.free))).toEqual([]);
    expect(await copyOf("free-gdpr@readers.example")).toBeUndefined();
  });
});
