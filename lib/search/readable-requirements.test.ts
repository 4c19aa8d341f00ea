import { describe, expect, it } from "vitest";
import { ANONYMOUS, type Requirement, type Viewer } from "@/lib/access/types";
import { readableRequirements } from "./readable-requirements";

const now = new Date("2026-11-29T12:00:00Z");
const req = (level: number | null, ccaps: string[] = []): Requirement => ({ level, ccaps });
const reader = (level: number, ccaps: string[] = []): Viewer => ({ kind: "member", id: "u1", role: "reader", grants: [{ source: "account", level, ccaps, until: null }] });
const author: Viewer = { kind: "member", id: "u2", role: "author", grants: [{ source: "account", level: 0, ccaps: [], until: null }] };

const requirements = [req(null), req(1), req(2, ["pdf_edition"])];
const levelsOf = (viewer: Viewer) => readableRequirements(viewer, requirements, now).map((r) => r.requirement);

describe("readableRequirements", () => {
  it("lets a viewer search the full text only where decideAccess allows", () => {
    expect(readableRequirements(ANONYMOUS, requirements, now)).toEqual([{ requirement: req(null), authorship: "any" }]);
    expect(levelsOf(reader(1))).toEqual([req(null), req(1)]);
    expect(levelsOf(reader(2))).toEqual([req(null), req(1)]);
    expect(levelsOf(reader(2, ["pdf_edition"]))).toEqual(requirements);
  });

  it("lets an author search the full text of their own pieces only", () => {
    expect(readableRequirements(author, [req(2)], now)).toEqual([{ requirement: req(2), authorship: "own" }]);
  });

  it("ignores expired grants", () => {
    const lapsed: Viewer = { kind: "member", id: "u3", role: "reader", grants: [{ source: "complimentary", level: 4, ccaps: [], until: new Date(now.getTime() - 1) }] };
    expect(levelsOf(lapsed)).toEqual([req(null)]);
  });
});
