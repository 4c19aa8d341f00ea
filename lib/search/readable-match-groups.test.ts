import { describe, expect, it } from "vitest";
import { ANONYMOUS, type Viewer } from "@/lib/access/types";
import { readableMatches, type MatchGroup } from "./readable-match-groups";

const now = new Date("2026-11-29T12:00:00Z");
const group = (level: number | null, ccaps: string[], counts: { pub: number; any: number }, isOwn = false): MatchGroup => ({
  requirement: { level, ccaps },
  isOwn,
  publicMatches: counts.pub,
  anyMatches: counts.any,
});
const reader = (level: number, ccaps: string[] = []): Viewer => ({ kind: "member", id: "u1", role: "reader", grants: [{ source: "account", level, ccaps, until: null }] });
const author: Viewer = { kind: "member", id: "u2", role: "author", grants: [{ source: "account", level: 0, ccaps: [], until: null }] };

const groups = [group(null, [], { pub: 3, any: 5 }), group(1, [], { pub: 1, any: 4 }), group(2, ["pdf_edition"], { pub: 0, any: 2 })];

describe("readableMatches", () => {
  it("counts gated-only matches where decideAccess allows, public matches everywhere", () => {
    expect(readableMatches(ANONYMOUS, groups, now)).toEqual({ total: 5 + 1 + 0, readable: [{ requirement: { level: null, ccaps: [] }, authorship: "any" }] });
    expect(readableMatches(reader(1), groups, now).total).toBe(5 + 4 + 0);
    expect(readableMatches(reader(2), groups, now).total).toBe(5 + 4 + 0);
    expect(readableMatches(reader(2, ["pdf_edition"]), groups, now).total).toBe(5 + 4 + 2);
  });

  it("lets an author search the full text of their own pieces only", () => {
    const own = [group(2, [], { pub: 0, any: 1 }, true), group(2, [], { pub: 1, any: 3 }, false)];
    const result = readableMatches(author, own, now);
    expect(result.total).toBe(1 + 1);
    expect(result.readable).toContainEqual({ requirement: { level: 2, ccaps: [] }, authorship: "own" });
  });

  it("ignores expired grants", () => {
    const lapsed: Viewer = { kind: "member", id: "u3", role: "reader", grants: [{ source: "complimentary", level: 4, ccaps: [], until: new Date(now.getTime() - 1) }] };
    expect(readableMatches(lapsed, groups, now).total).toBe(5 + 1 + 0);
  });
});
