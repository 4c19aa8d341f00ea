import { and, eq, like, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { articles, auditLog, memberCcaps, organisationReads, organisationSeats, organisations, outbox, plans, subscriptions, users } from "@/db/schema";
import { createTestDatabase } from "@/db/test-database";
import { saveOrganisation } from "@/lib/admin/organisations/save-organisation";
import { personaliseArticlePage, type SharedPage } from "@/lib/articles/personalise-article-page";
import { renderArticleRest } from "@/lib/articles/render-article-rest";
import { createSession } from "@/lib/auth/create-session";
import { loadViewer } from "@/lib/auth/load-viewer";
import { seedDatabase } from "@/scripts/seed/seed";
import { listAccessSources } from "../list-access-sources";
import { acceptSeat } from "./accept-seat";
import { inviteToSeat } from "./invite-to-seat";
import { loadManagedOrganisations } from "./load-managed-organisation";
import { loadOrganisationUsage, parseUsageMonth } from "./load-organisation-usage";
import { organisationUsageCsv } from "./organisation-usage-csv";
import { removeSeat, removeSeatAsStaff } from "./remove-seat";

/* E-mail domains, seats and usage through the real store, the session's query and a spliced page. */
let db: Database;
let drop: () => Promise<void>;
let editorId: string;
let level2: { id: number; slug: string; gatedHtml: string }[];
const now = new Date("2026-12-15T12:00:00Z");
const ORIGIN = "http://localhost:3000";

async function member(email: string, proved: boolean): Promise<{ id: string; token: string }> {
  const [user] = await db.insert(users).values({ email, name: email.split("@")[0], emailVerified: proved ? now : null }).returning({ id: users.id });
  const { token } = await createSession(db, { userId: user!.id, userAgent: "test", maxSessions: 50, now });
  return { id: user!.id, token };
}
const viewerOf = async (token: string) => (await loadViewer(db, token, now))!.viewer;
const sharedPage = (path: string): Promise<SharedPage> =>
  Promise.resolve({
    status: 200,
    body: `<main>${renderArticleRest({ kind: "paywall", requirement: { level: 2, ccaps: [] }, decision: { allowed: false, reason: "anonymous", missing: { level: 2, ccaps: [] } }, offer: null, signedIn: false, hasPlan: false, ccapLabels: {} }, { slug: path })}</main>`,
  });
async function read(slug: string, token: string, at = now): Promise<string> {
  const page = await personaliseArticlePage(db, { slug, token, now: at, userAgent: "t", sharedPage });
  if (page.kind !== "page") throw new Error("expected a page");
  return page.html;
}
const save = (input: Record<string, unknown>) => saveOrganisation(db, { actorId: editorId, input: { action: "save", grant: { level: "2", ccaps: [] }, startsOn: "", endsOn: "", ipRanges: "", ...input } });
const orgId = async (name: string) => (await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.name, name)))[0]!.id;
const lastLink = async (to: string) => {
  const [mail] = await db.select({ text: outbox.text }).from(outbox).where(eq(outbox.to, to)).orderBy(sql`${outbox.id} desc`).limit(1);
  return new URL(/https?:\/\/\S+/.exec(mail!.text)![0]!).searchParams.get("token")!;
};

beforeAll(async () => {
  const t = await createTestDatabase();
  db = t.db;
  drop = t.drop;
  await seedDatabase(db, { demoAccounts: true });
  editorId = (await db.select({ id: users.id }).from(users).where(eq(users.email, "editor@meridian.example")))[0]!.id;
  level2 = await db
    .select({ id: articles.id, slug: articles.slug, gatedHtml: articles.gatedHtml })
    .from(articles)
    .where(and(eq(articles.effReqLevel, 2), sql`cardinality(${articles.effReqCcaps}) = 0`, eq(articles.status, "published"), sql`${articles.gatedHtml} <> ''`))
    .orderBy(articles.id)
    .limit(3);
});
afterAll(async () => drop());

describe("e-mail domains", () => {
  it("are stored lower-case; a malformed one or an unknown manager is refused by name", async () => {
    await save({ name: "University of Tartu", emailDomains: "@UT.ee\n", seats: "0" });
    const [row] = await db.select().from(organisations).where(eq(organisations.name, "University of Tartu"));
    expect(row!.emailDomains).toEqual(["ut.ee"]);
    await expect(save({ name: "Bad", emailDomains: "not a domain!" })).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { emailDomains: expect.stringContaining("not") } });
    await expect(save({ name: "Bad", managers: "nobody@nowhere.example" })).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { managers: expect.stringContaining("nobody@nowhere.example") } });
    await expect(save({ name: "Bad", seats: "-1" })).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { seats: expect.any(String) } });
  });

  it("a proved address at the domain or a subdomain reads as the organisation; an unproved one, or a look-alike domain, does not", async () => {
    const id = await orgId("University of Tartu");
    const cases = [
      { email: "kadri@ut.ee", proved: true, reads: true },
      { email: "mart@cs.UT.ee", proved: true, reads: true },
      { email: "liis@xut.ee", proved: true, reads: false },
      { email: "ut.ee@example.org", proved: true, reads: false },
      { email: "tiit@ut.ee.evil.example", proved: true, reads: false },
      { email: "unproved@ut.ee", proved: false, reads: false },
    ];
    for (const c of cases) {
      const m = await member(c.email, c.proved);
      const viewer = await viewerOf(m.token);
      expect(viewer.organisations?.map((o) => [o.id, o.via]), c.email).toEqual(c.reads ? [[id, "domain"]] : []);
      const html = await read(level2[0]!.slug, m.token);
      expect(html.includes(level2[0]!.gatedHtml), c.email).toBe(c.reads);
      if (c.reads) expect(html).toContain("Access provided by University of Tartu.");
    }
  });

  it("lists the source in words; a free member is never told of a plan", async () => {
    const m = await member("sources@ut.ee", true);
    const sources = await listAccessSources(db, { userId: m.id, now });
    expect(sources.map((s) => s.text)).toContain("Level 2 “Premium” through University of Tartu (your e-mail domain)");
    expect((await listAccessSources(db, { userId: m.id, now, locale: "fr" })).map((s) => s.text)).toContain("Niveau 2 « Premium » grâce à University of Tartu (votre domaine e-mail)");
    const free = await member("free@readers.example", true);
    const freeSources = await listAccessSources(db, { userId: free.id, now });
    expect(freeSources).toEqual([{ kind: "free", text: expect.stringContaining("a free account") }]);
    expect(JSON.stringify(freeSources)).not.toMatch(/plan/i);
  });

  it("words a trial, a newsroom grant with its end, complimentary access; ended ones are left out", async () => {
    const m = await member("many@readers.example", true);
    const [plan] = await db.insert(plans).values({ name: "Premium", level: 2, amount: 900, stripePriceId: "price_sources" }).returning({ id: plans.id });
    const day = (d: string) => new Date(`${d}T12:00:00Z`);
    await db.insert(subscriptions).values({ id: "sub_sources", userId: m.id, customerId: "cus_sources", planId: plan!.id, priceId: "price_sources", status: "trialing", trialEnd: day("2026-12-20") });
    await db.insert(memberCcaps).values([
      { userId: m.id, ccap: "dossier_libya", expiresAt: day("2027-01-31") },
      { userId: m.id, ccap: "pdf_edition", expiresAt: day("2026-12-01") },
    ]);
    await db.update(users).set({ compLevel: 3, compUntil: day("2027-02-28") }).where(eq(users.id, m.id));
    const texts = (await listAccessSources(db, { userId: m.id, now })).map((s) => s.text);
    expect(texts).toEqual(["Premium (trial until 20 December 2026): Level 2 “Premium”", "Dossier libya, granted by the newsroom until 31 January 2027", "Level 3 “Insider”, complimentary until 28 February 2027"]);
    // The same sources in French: words and dates.
    const french = (await listAccessSources(db, { userId: m.id, now, locale: "fr" })).map((s) => s.text);
    expect(french).toEqual(["Premium (essai jusqu’au 20 décembre 2026) : Niveau 2 « Premium »", "Dossier libya, accordé par la rédaction jusqu’au 31 janvier 2027", "Niveau 3 « Insider », offert jusqu’au 28 février 2027"]);
  });
});

describe("seats", () => {
  let id: number;
  let manager: { id: string; token: string };
  it("editors set the seats and the managers", async () => {
    manager = await member("manager@ministry.example", true);
    await save({ name: "Ministry of Culture", seats: "1", managers: "MANAGER@ministry.example" });
    id = await orgId("Ministry of Culture");
    expect((await loadManagedOrganisations(db, { userId: manager.id })).map((o) => [o.name, o.seats])).toEqual([["Ministry of Culture", 1]]);
    expect(await db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.targetType, "organisation"), eq(auditLog.targetId, String(id))))).toEqual([{ action: "organisation.create" }]);
  });

  it("a manager invites up to the number of seats; nobody else can", async () => {
    const other = await member("other@readers.example", true);
    await expect(inviteToSeat(db, { managerId: other.id, organisationId: id, email: "x@readers.example", origin: ORIGIN, now })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(inviteToSeat(db, { managerId: manager.id, organisationId: id, email: "not an address", origin: ORIGIN, now })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await inviteToSeat(db, { managerId: manager.id, organisationId: id, email: "Seated@Readers.example", origin: ORIGIN, now });
    await expect(inviteToSeat(db, { managerId: manager.id, organisationId: id, email: "second@readers.example", origin: ORIGIN, now })).rejects.toMatchObject({ code: "CONFLICT" });
    const [o] = await loadManagedOrganisations(db, { userId: manager.id });
    expect(o!.holders.map((h) => [h.email, h.acceptedAt])).toEqual([["seated@readers.example", null]]);
  });

  it("only the invited address accepts, once; the holder then reads as the organisation, and their reads are counted", async () => {
    const token = await lastLink("seated@readers.example");
    const stranger = await member("stranger@readers.example", true);
    await expect(acceptSeat(db, { userId: stranger.id, token, now })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const seated = await member("seated@readers.example", false);
    expect(await read(level2[1]!.slug, seated.token)).not.toContain(level2[1]!.gatedHtml);
    await expect(acceptSeat(db, { userId: seated.id, token, now })).resolves.toEqual({ organisation: "Ministry of Culture" });
    await expect(acceptSeat(db, { userId: seated.id, token, now })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await viewerOf(seated.token)).organisations?.map((o) => o.via)).toEqual(["seat"]);
    expect(await read(level2[1]!.slug, seated.token)).toContain(level2[1]!.gatedHtml);
    await read(level2[1]!.slug, seated.token);
    expect((await listAccessSources(db, { userId: seated.id, now })).map((s) => s.text)).toContain("Level 2 “Premium” through Ministry of Culture (your seat)");

    const usage = await loadOrganisationUsage(db, { organisationId: id, month: "2026-12" });
    expect(usage.total).toBe(2);
    expect(usage.byArticle).toEqual([expect.objectContaining({ articleId: level2[1]!.id, reads: 2, seat: 2, domain: 0, range: 0 })]);
    expect(usage.bySection.reduce((n, s) => n + s.reads, 0)).toBe(2);
    expect(usage.months).toEqual(["2026-12"]);
    expect((await loadOrganisationUsage(db, { organisationId: id, month: "2026-11" })).total).toBe(0);
  });

  it("an expired invitation opens nothing", async () => {
    await save({ id: String(id), name: "Ministry of Culture", seats: "2", managers: "manager@ministry.example" });
    await inviteToSeat(db, { managerId: manager.id, organisationId: id, email: "late@readers.example", origin: ORIGIN, now });
    const late = await member("late@readers.example", true);
    const token = await lastLink("late@readers.example");
    await expect(acceptSeat(db, { userId: late.id, token, now: new Date(now.getTime() + 15 * 86_400_000) })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("a removed seat stops access at the next request, audited; only a manager removes", async () => {
    const seated = (await db.select({ id: users.id }).from(users).where(eq(users.email, "seated@readers.example")))[0]!;
    const { token } = await createSession(db, { userId: seated.id, userAgent: "test", maxSessions: 50, now });
    const [o] = await loadManagedOrganisations(db, { userId: manager.id });
    const seat = o!.holders.find((h) => h.email === "seated@readers.example")!;
    await expect(removeSeat(db, { managerId: seated.id, organisationId: id, seatId: seat.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await removeSeat(db, { managerId: manager.id, organisationId: id, seatId: seat.id });
    await expect(removeSeat(db, { managerId: manager.id, organisationId: id, seatId: seat.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await viewerOf(token)).organisations).toEqual([]);
    const html = await read(level2[1]!.slug, token);
    expect(html).not.toContain(level2[1]!.gatedHtml);
    expect(html).toContain("data-paywall");
    const actions = await db.select({ action: auditLog.action }).from(auditLog).where(and(like(auditLog.action, "organisation.seat.%"), eq(auditLog.targetId, String(id))));
    expect(actions.map((a) => a.action).sort()).toEqual(["organisation.seat.accept", "organisation.seat.invite", "organisation.seat.invite", "organisation.seat.remove"]);
  });

  it("the newsroom frees a seat of any organisation, with its reason audited; a seat of another organisation is not found", async () => {
    const { seatId } = await inviteToSeat(db, { managerId: manager.id, organisationId: id, email: "pending@readers.example", origin: ORIGIN, now });
    const other = await orgId("University of Tartu");
    await expect(removeSeatAsStaff(db, { actorId: manager.id, organisationId: other, seatId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(removeSeatAsStaff(db, { actorId: manager.id, organisationId: id, seatId, reason: "left the ministry", locale: "fr" })).resolves.toEqual({ message: "Place de pending@readers.example libérée." });
    expect((await db.select().from(organisationSeats).where(eq(organisationSeats.id, seatId))).length).toBe(0);
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.action, "organisation.seat.remove"), eq(auditLog.reason, "left the ministry")));
    expect(entry).toMatchObject({ targetType: "organisation", targetId: String(id), before: expect.objectContaining({ email: "pending@readers.example" }) });
  });
});

describe("usage", () => {
  it("counts reads per month, by door, and exports them as CSV", async () => {
    const id = await orgId("University of Tartu");
    const m = await member("reader2@ut.ee", true);
    await read(level2[2]!.slug, m.token);
    await read(level2[2]!.slug, m.token, new Date("2027-01-02T00:00:00Z"));
    const december = await loadOrganisationUsage(db, { organisationId: id, month: "2026-12" });
    const row = december.byArticle.find((r) => r.articleId === level2[2]!.id)!;
    expect(row).toMatchObject({ reads: 1, domain: 1 });
    expect((await loadOrganisationUsage(db, { organisationId: id, month: "2027-01" })).total).toBe(1);
    const rows = await db.select().from(organisationReads).where(eq(organisationReads.organisationId, id));
    expect(rows.every((r) => r.via === "domain")).toBe(true);
    const csv = organisationUsageCsv(december);
    expect(csv.split("\n")[0]).toBe("month,article,slug,section,reads,by_address_range,by_email_domain,by_seat");
    expect(csv).toContain(`,${level2[2]!.slug},`);
    expect(parseUsageMonth("", now)).toBe("2026-12");
    expect(() => parseUsageMonth("2026-13", now)).toThrow("YYYY-MM");
    expect(() => parseUsageMonth("'; drop table", now)).toThrow("YYYY-MM");
  });
});
