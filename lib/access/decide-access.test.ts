import { describe, expect, it } from "vitest";
import { decideAccess, isPublicRequirement } from "./decide-access";
import { effectiveRequirement, requirementOrigins, strictestRequirement } from "./effective-requirement";
import type { AccessReason, GiftLink, Grant, InstitutionGrant, Meter, Requirement, Role, Viewer } from "./types";
import { ANONYMOUS } from "./types";

const now = new Date("2026-11-29T12:00:00Z");
const past = new Date("2026-11-01T00:00:00Z");
const future = new Date("2026-12-31T00:00:00Z");

const req = (level: number | null, ccaps: string[] = []): Requirement => ({ level, ccaps });
const account = (level: number): Grant => ({ source: "account", level, ccaps: [], until: null });
const ccap = (name: string, until: Date | null = null): Grant => ({ source: "editor", level: null, ccaps: [name], until });
const comp = (level: number, until: Date): Grant => ({ source: "complimentary", level, ccaps: [], until });
const plan = (level: number, until: Date | null, ccaps: string[] = []): Grant => ({ source: "plan", level, ccaps, until });
const member = (grants: Grant[], role: Role = "reader", organisations?: InstitutionGrant[]): Viewer => ({ kind: "member", id: "m1", role, grants, organisations });

interface Case {
  name: string;
  viewer: Viewer;
  requirement: Requirement;
  published?: boolean;
  own?: boolean;
  allowed: boolean;
  reason: AccessReason;
  missingLevel?: number | null;
  missingCcaps?: string[];
  meter?: Meter;
  gift?: GiftLink;
  institution?: InstitutionGrant;
  /** The door an organisation's access came through, when it opened the read. */
  via?: InstitutionGrant["via"];
  /** The meter's outcome expected on the decision (undefined: none). */
  meterOutcome?: { remaining: number; counts: boolean };
}

const gift = (more: Partial<GiftLink> = {}): GiftLink => ({ articleMatches: true, until: future, revoked: false, opens: 0, maxOpens: null, giverName: "Ada", ...more });
const org = (more: Partial<InstitutionGrant> = {}): InstitutionGrant => ({ id: 1, name: "University of Tartu", via: "range", level: 2, ccaps: [], from: past, until: future, ...more });
const meter = (used: number, more: Partial<Meter> = {}): Meter => ({ limit: 3, used, unlockedThis: false, ceiling: 2, neverMetered: false, ...more });

const cases: Case[] = [
  // public
  { name: "anonymous reads public", viewer: ANONYMOUS, requirement: req(null), allowed: true, reason: "public" },
  { name: "level 0 reads public", viewer: member([account(0)]), requirement: req(null), allowed: true, reason: "public" },
  { name: "level 4 reads public", viewer: member([account(4)]), requirement: req(null), allowed: true, reason: "public" },
  // anonymous
  { name: "anonymous meets level 0", viewer: ANONYMOUS, requirement: req(0), allowed: false, reason: "anonymous", missingLevel: 0 },
  { name: "anonymous meets level 1", viewer: ANONYMOUS, requirement: req(1), allowed: false, reason: "anonymous", missingLevel: 1 },
  { name: "anonymous meets level 4", viewer: ANONYMOUS, requirement: req(4), allowed: false, reason: "anonymous", missingLevel: 4 },
  { name: "anonymous meets ccap-only", viewer: ANONYMOUS, requirement: req(null, ["pdf_edition"]), allowed: false, reason: "anonymous", missingLevel: 0, missingCcaps: ["pdf_edition"] },
  // levels
  { name: "level 0 reads level 0", viewer: member([account(0)]), requirement: req(0), allowed: true, reason: "level" },
  { name: "level 0 meets level 1", viewer: member([account(0)]), requirement: req(1), allowed: false, reason: "level-too-low", missingLevel: 1 },
  { name: "level 1 reads level 1", viewer: member([account(1)]), requirement: req(1), allowed: true, reason: "level" },
  { name: "level 2 reads level 1", viewer: member([account(2)]), requirement: req(1), allowed: true, reason: "level" },
  { name: "level 2 reads level 2", viewer: member([account(2)]), requirement: req(2), allowed: true, reason: "level" },
  { name: "level 2 meets level 3", viewer: member([account(2)]), requirement: req(3), allowed: false, reason: "level-too-low", missingLevel: 3 },
  { name: "level 3 meets level 4", viewer: member([account(3)]), requirement: req(4), allowed: false, reason: "level-too-low", missingLevel: 4 },
  { name: "level 4 reads level 4", viewer: member([account(4)]), requirement: req(4), allowed: true, reason: "level" },
  { name: "member with no grants meets level 0", viewer: member([]), requirement: req(0), allowed: false, reason: "level-too-low", missingLevel: 0 },
  // ccaps
  { name: "ccap holder reads level 1 + ccap", viewer: member([account(1), ccap("dossier_libya")]), requirement: req(1, ["dossier_libya"]), allowed: true, reason: "level" },
  { name: "level 1 without ccap meets level 1 + ccap", viewer: member([account(1)]), requirement: req(1, ["dossier_libya"]), allowed: false, reason: "missing-ccap", missingLevel: null, missingCcaps: ["dossier_libya"] },
  { name: "ccap holder with too low a level", viewer: member([account(0), ccap("dossier_libya")]), requirement: req(1, ["dossier_libya"]), allowed: false, reason: "level-too-low", missingLevel: 1, missingCcaps: [] },
  { name: "too low and missing ccap names both", viewer: member([account(0)]), requirement: req(2, ["pdf_edition"]), allowed: false, reason: "level-too-low", missingLevel: 2, missingCcaps: ["pdf_edition"] },
  { name: "all ccaps required: one of two held", viewer: member([account(2), ccap("a")]), requirement: req(1, ["a", "b"]), allowed: false, reason: "missing-ccap", missingCcaps: ["b"] },
  { name: "all ccaps required: both held", viewer: member([account(2), ccap("a"), ccap("b")]), requirement: req(1, ["a", "b"]), allowed: true, reason: "level" },
  { name: "expired ccap does not count", viewer: member([account(1), ccap("dossier_libya", past)]), requirement: req(1, ["dossier_libya"]), allowed: false, reason: "missing-ccap", missingCcaps: ["dossier_libya"] },
  { name: "ccap ending later counts", viewer: member([account(1), ccap("dossier_libya", future)]), requirement: req(1, ["dossier_libya"]), allowed: true, reason: "level" },
  { name: "ccap ending exactly now has ended", viewer: member([account(1), ccap("x", now)]), requirement: req(1, ["x"]), allowed: false, reason: "missing-ccap", missingCcaps: ["x"] },
  { name: "ccap-only requirement read by level 0 holder", viewer: member([account(0), ccap("pdf_edition")]), requirement: req(null, ["pdf_edition"]), allowed: true, reason: "level" },
  { name: "plan grants its ccaps", viewer: member([account(0), plan(1, future, ["pdf_edition"])]), requirement: req(1, ["pdf_edition"]), allowed: true, reason: "level" },
  // complimentary
  { name: "complimentary level 2 reads level 2", viewer: member([account(0), comp(2, future)]), requirement: req(2), allowed: true, reason: "complimentary" },
  { name: "expired complimentary does not count", viewer: member([account(0), comp(2, past)]), requirement: req(2), allowed: false, reason: "level-too-low", missingLevel: 2 },
  { name: "complimentary is not the reason when the level suffices", viewer: member([account(2), comp(2, future)]), requirement: req(1), allowed: true, reason: "level" },
  { name: "complimentary below requirement", viewer: member([account(0), comp(1, future)]), requirement: req(2), allowed: false, reason: "level-too-low", missingLevel: 2 },
  // plans
  { name: "active plan reads its level", viewer: member([account(0), plan(2, future)]), requirement: req(2), allowed: true, reason: "level" },
  { name: "ended plan falls back to level 0", viewer: member([account(0), plan(2, past)]), requirement: req(1), allowed: false, reason: "level-too-low", missingLevel: 1 },
  { name: "ended plan still reads level 0", viewer: member([account(0), plan(2, past)]), requirement: req(0), allowed: true, reason: "level" },
  { name: "two plans: the higher wins", viewer: member([account(0), plan(1, future), plan(3, future)]), requirement: req(3), allowed: true, reason: "level" },
  { name: "two plans: one ended keeps the other", viewer: member([account(0), plan(3, past), plan(1, future)]), requirement: req(1), allowed: true, reason: "level" },
  // staff and authors
  { name: "editor reads level 4", viewer: member([account(0)], "editor"), requirement: req(4, ["x"]), allowed: true, reason: "staff" },
  { name: "admin reads level 4", viewer: member([], "admin"), requirement: req(4), allowed: true, reason: "staff" },
  { name: "editor reads public as staff", viewer: member([], "editor"), requirement: req(null), allowed: true, reason: "staff" },
  { name: "author reads own gated piece", viewer: member([account(0)], "author"), requirement: req(3), own: true, allowed: true, reason: "own-article" },
  { name: "author does not read others' gated piece above level", viewer: member([account(0)], "author"), requirement: req(1), allowed: false, reason: "level-too-low", missingLevel: 1 },
  { name: "author reads others' piece within entitlement", viewer: member([account(1)], "author"), requirement: req(1), allowed: true, reason: "level" },
  { name: "reader named as author gets nothing extra", viewer: member([account(0)], "reader"), requirement: req(1), own: true, allowed: false, reason: "level-too-low", missingLevel: 1 },
  // unpublished
  { name: "anonymous cannot read a draft", viewer: ANONYMOUS, requirement: req(null), published: false, allowed: false, reason: "unpublished" },
  { name: "level 4 cannot read a draft", viewer: member([account(4)]), requirement: req(null), published: false, allowed: false, reason: "unpublished" },
  { name: "editor reads a draft", viewer: member([], "editor"), requirement: req(2), published: false, allowed: true, reason: "staff" },
  { name: "author reads own draft", viewer: member([], "author"), requirement: req(2), published: false, own: true, allowed: true, reason: "own-article" },
  { name: "author cannot read another's draft", viewer: member([account(4)], "author"), requirement: req(null), published: false, allowed: false, reason: "unpublished" },
  // the free-article meter
  { name: "meter: anonymous reads a first free article", viewer: ANONYMOUS, requirement: req(1), meter: meter(0), allowed: true, reason: "metered", meterOutcome: { remaining: 2, counts: true } },
  { name: "meter: anonymous reads the last free article", viewer: ANONYMOUS, requirement: req(1), meter: meter(2), allowed: true, reason: "metered", meterOutcome: { remaining: 0, counts: true } },
  { name: "meter: anonymous with the meter used up meets the paywall", viewer: ANONYMOUS, requirement: req(1), meter: meter(3), allowed: false, reason: "anonymous", missingLevel: 1, meterOutcome: { remaining: 0, counts: false } },
  { name: "meter: a tampered meter (counted as used up) meets the paywall", viewer: ANONYMOUS, requirement: req(0), meter: meter(Number.POSITIVE_INFINITY), allowed: false, reason: "anonymous", meterOutcome: { remaining: 0, counts: false } },
  { name: "meter: re-reading an article unlocked this period costs nothing", viewer: ANONYMOUS, requirement: req(1), meter: meter(3, { unlockedThis: true }), allowed: true, reason: "metered", meterOutcome: { remaining: 0, counts: false } },
  { name: "meter: off (limit 0)", viewer: ANONYMOUS, requirement: req(1), meter: meter(0, { limit: 0 }), allowed: false, reason: "anonymous" },
  { name: "meter: never metered article", viewer: ANONYMOUS, requirement: req(1), meter: meter(0, { neverMetered: true }), allowed: false, reason: "anonymous" },
  { name: "meter: never an article with a ccap", viewer: ANONYMOUS, requirement: req(1, ["dossier_libya"]), meter: meter(0), allowed: false, reason: "anonymous" },
  { name: "meter: never above the ceiling", viewer: ANONYMOUS, requirement: req(3), meter: meter(0), allowed: false, reason: "anonymous", missingLevel: 3 },
  { name: "meter: at the ceiling is metered", viewer: ANONYMOUS, requirement: req(2), meter: meter(0), allowed: true, reason: "metered", meterOutcome: { remaining: 2, counts: true } },
  { name: "meter: level 0 member reads a level 1 article", viewer: member([account(0)]), requirement: req(1), meter: meter(1), allowed: true, reason: "metered", meterOutcome: { remaining: 1, counts: true } },
  { name: "meter: level 0 member used up", viewer: member([account(0)]), requirement: req(1), meter: meter(3), allowed: false, reason: "level-too-low", missingLevel: 1, meterOutcome: { remaining: 0, counts: false } },
  { name: "meter: a paid level is not metered", viewer: member([account(0), plan(1, future)]), requirement: req(2), meter: meter(0), allowed: false, reason: "level-too-low", missingLevel: 2 },
  { name: "meter: an ended plan leaves the member metered", viewer: member([account(0), plan(1, past)]), requirement: req(1), meter: meter(0), allowed: true, reason: "metered", meterOutcome: { remaining: 2, counts: true } },
  { name: "meter: an entitled member is not counted", viewer: member([account(1)]), requirement: req(1), meter: meter(0), allowed: true, reason: "level" },
  { name: "meter: public is not counted", viewer: ANONYMOUS, requirement: req(null), meter: meter(0), allowed: true, reason: "public" },
  { name: "meter: never opens a draft", viewer: ANONYMOUS, requirement: req(1), published: false, meter: meter(0), allowed: false, reason: "unpublished" },
  // gift links
  { name: "gift: anonymous reads a gifted level 3 + ccap article", viewer: ANONYMOUS, requirement: req(3, ["dossier_libya"]), gift: gift(), allowed: true, reason: "gift" },
  { name: "gift: a level 0 member reads a gifted level 2 article", viewer: member([account(0)]), requirement: req(2), gift: gift(), allowed: true, reason: "gift" },
  { name: "gift: an entitled member reads by their level, not the gift", viewer: member([account(2)]), requirement: req(2), gift: gift(), allowed: true, reason: "level" },
  { name: "gift: a token of another article opens nothing", viewer: ANONYMOUS, requirement: req(1), gift: gift({ articleMatches: false }), allowed: false, reason: "anonymous" },
  { name: "gift: a revoked link opens nothing", viewer: ANONYMOUS, requirement: req(1), gift: gift({ revoked: true }), allowed: false, reason: "anonymous" },
  { name: "gift: an expired link opens nothing", viewer: ANONYMOUS, requirement: req(1), gift: gift({ until: past }), allowed: false, reason: "anonymous" },
  { name: "gift: a link ending exactly now has ended", viewer: ANONYMOUS, requirement: req(1), gift: gift({ until: now }), allowed: false, reason: "anonymous" },
  { name: "gift: a link without an end opens", viewer: ANONYMOUS, requirement: req(1), gift: gift({ until: null }), allowed: true, reason: "gift" },
  { name: "gift: opens used up", viewer: ANONYMOUS, requirement: req(1), gift: gift({ opens: 5, maxOpens: 5 }), allowed: false, reason: "anonymous" },
  { name: "gift: the last open", viewer: ANONYMOUS, requirement: req(1), gift: gift({ opens: 4, maxOpens: 5 }), allowed: true, reason: "gift" },
  { name: "gift: never opens a draft", viewer: ANONYMOUS, requirement: req(1), published: false, gift: gift(), allowed: false, reason: "unpublished" },
  { name: "gift: costs no free article", viewer: ANONYMOUS, requirement: req(1), gift: gift(), meter: meter(0), allowed: true, reason: "gift" },
  { name: "gift: an invalid gift leaves the meter to decide", viewer: ANONYMOUS, requirement: req(1), gift: gift({ revoked: true }), meter: meter(0), allowed: true, reason: "metered", meterOutcome: { remaining: 2, counts: true } },
  // institutional access
  { name: "institution: anonymous inside the range reads level 2", viewer: ANONYMOUS, requirement: req(2), institution: org(), allowed: true, reason: "institution" },
  { name: "institution: its level does not reach level 3", viewer: ANONYMOUS, requirement: req(3), institution: org(), allowed: false, reason: "anonymous", missingLevel: 3 },
  { name: "institution: its ccaps open a ccap article", viewer: ANONYMOUS, requirement: req(1, ["pdf_edition"]), institution: org({ ccaps: ["pdf_edition"] }), allowed: true, reason: "institution" },
  { name: "institution: a ccap it does not grant", viewer: ANONYMOUS, requirement: req(1, ["dossier_libya"]), institution: org(), allowed: false, reason: "anonymous" },
  { name: "institution: on top of a member's own grants (their ccap, its level)", viewer: member([account(0), ccap("dossier_libya")]), requirement: req(2, ["dossier_libya"]), institution: org(), allowed: true, reason: "institution" },
  { name: "institution: a member reading by their own level is not counted as the institution's", viewer: member([account(2)]), requirement: req(2), institution: org(), allowed: true, reason: "level" },
  { name: "institution: before its term", viewer: ANONYMOUS, requirement: req(1), institution: org({ from: future }), allowed: false, reason: "anonymous" },
  { name: "institution: after its term", viewer: ANONYMOUS, requirement: req(1), institution: org({ until: past }), allowed: false, reason: "anonymous" },
  { name: "institution: its term ending exactly now has ended", viewer: ANONYMOUS, requirement: req(1), institution: org({ until: now }), allowed: false, reason: "anonymous" },
  { name: "institution: an open-ended term", viewer: ANONYMOUS, requirement: req(1), institution: org({ from: null, until: null }), allowed: true, reason: "institution" },
  { name: "institution: never opens a draft", viewer: ANONYMOUS, requirement: req(1), published: false, institution: org(), allowed: false, reason: "unpublished" },
  { name: "institution: costs no free article", viewer: ANONYMOUS, requirement: req(1), institution: org(), meter: meter(0), allowed: true, reason: "institution" },
  // a member's organisations, by proved e-mail domain or seat (loaded with the session)
  { name: "domain: a level 0 member at a proved domain reads level 2", viewer: member([account(0)], "reader", [org({ via: "domain" })]), requirement: req(2), allowed: true, reason: "institution", via: "domain" },
  { name: "domain: its level does not reach level 3", viewer: member([account(0)], "reader", [org({ via: "domain" })]), requirement: req(3), allowed: false, reason: "level-too-low", missingLevel: 3 },
  { name: "domain: on top of their own ccap", viewer: member([account(0), ccap("dossier_libya")], "reader", [org({ via: "domain" })]), requirement: req(2, ["dossier_libya"]), allowed: true, reason: "institution", via: "domain" },
  { name: "domain: after the organisation's term", viewer: member([account(0)], "reader", [org({ via: "domain", until: past })]), requirement: req(1), allowed: false, reason: "level-too-low" },
  { name: "domain: before the organisation's term", viewer: member([account(0)], "reader", [org({ via: "domain", from: future })]), requirement: req(1), allowed: false, reason: "level-too-low" },
  { name: "domain: their own level comes first", viewer: member([account(2)], "reader", [org({ via: "domain" })]), requirement: req(2), allowed: true, reason: "level" },
  { name: "seat: a seat holder reads level 2", viewer: member([account(0)], "reader", [org({ id: 2, via: "seat" })]), requirement: req(2), allowed: true, reason: "institution", via: "seat" },
  { name: "seat: the second organisation opens what the first does not", viewer: member([account(0)], "reader", [org({ via: "domain", level: 1 }), org({ id: 2, via: "seat", level: 3 })]), requirement: req(3), allowed: true, reason: "institution", via: "seat" },
  { name: "seat: two organisations' grants are not added together", viewer: member([account(0)], "reader", [org({ level: 1, ccaps: ["pdf_edition"], via: "domain" }), org({ id: 2, level: 2, via: "seat" })]), requirement: req(2, ["pdf_edition"]), allowed: false, reason: "level-too-low" },
  { name: "seat: never opens a draft", viewer: member([account(0)], "reader", [org({ via: "seat" })]), requirement: req(1), published: false, allowed: false, reason: "unpublished" },
  { name: "seat: the request's range is weighed first", viewer: member([account(0)], "reader", [org({ id: 2, via: "seat" })]), requirement: req(1), institution: org(), allowed: true, reason: "institution", via: "range" },
  { name: "seat: costs no free article", viewer: member([account(0)], "reader", [org({ via: "seat" })]), requirement: req(1), meter: meter(0), allowed: true, reason: "institution", via: "seat" },
  { name: "no organisations: a level 0 member meets the paywall", viewer: member([account(0)], "reader", []), requirement: req(1), allowed: false, reason: "level-too-low" },
];

describe("decideAccess", () => {
  it.each(cases)("$name", (c) => {
    const d = decideAccess(c.viewer, c.requirement, { now, isPublished: c.published ?? true, isOwnArticle: c.own ?? false, meter: c.meter, gift: c.gift, institution: c.institution });
    expect(d.allowed).toBe(c.allowed);
    expect(d.reason).toBe(c.reason);
    if (c.missingLevel !== undefined) expect(d.missing.level).toBe(c.missingLevel);
    if (c.missingCcaps !== undefined) expect(d.missing.ccaps).toEqual(c.missingCcaps);
    if (c.allowed) expect(d.missing).toEqual({ level: null, ccaps: [] });
    expect(d.meter ? { remaining: d.meter.remaining, counts: d.meter.counts } : undefined).toEqual(c.meterOutcome);
    if (c.reason === "institution") expect(d.institution?.via).toBe(c.via ?? "range");
  });

  it("covers at least 40 cases", () => expect(cases.length).toBeGreaterThanOrEqual(40));
});

describe("effective requirement", () => {
  const none = req(null);
  it("public everywhere is public", () => {
    expect(isPublicRequirement(effectiveRequirement({ own: none, categoryChains: [[none, none]], tags: [none] }))).toBe(true);
  });
  it("a category's level is inherited by a public article", () => {
    expect(effectiveRequirement({ own: none, categoryChains: [[none, req(1)]], tags: [] })).toEqual(req(1));
  });
  it("a parent category's level is inherited through the child", () => {
    expect(effectiveRequirement({ own: none, categoryChains: [[req(2), none]], tags: [] })).toEqual(req(2));
  });
  it("the strictest level wins between own, category and tag", () => {
    expect(effectiveRequirement({ own: req(1), categoryChains: [[req(0)]], tags: [req(3)] })).toEqual(req(3));
  });
  it("a tag cannot loosen a category: tag + category conflict takes the stricter", () => {
    expect(effectiveRequirement({ own: none, categoryChains: [[req(2)]], tags: [req(0)] })).toEqual(req(2));
  });
  it("ccaps from every source add up", () => {
    expect(effectiveRequirement({ own: req(1, ["b"]), categoryChains: [[req(null, ["a"])]], tags: [req(null, ["b", "c"])] })).toEqual(req(1, ["a", "b", "c"]));
  });
  it("a ccap alone implies an account", () => {
    expect(strictestRequirement([req(null, ["x"])])).toEqual(req(0, ["x"]));
  });
  it("two categories: the stricter chain wins", () => {
    expect(effectiveRequirement({ own: none, categoryChains: [[req(1)], [none, req(2)]], tags: [] })).toEqual(req(2));
  });
  it("names where the requirement comes from", () => {
    expect(requirementOrigins({ own: none, categoryChains: [[req(1)]], tags: [none] })).toEqual(["category"]);
    expect(requirementOrigins({ own: req(2), categoryChains: [[req(1)]], tags: [req(2)] })).toEqual(["own", "tag"]);
  });
});
