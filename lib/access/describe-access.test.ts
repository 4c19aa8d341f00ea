import { describe, expect, it } from "vitest";
import { describeAccess } from "./describe-access";
import type { Grant } from "./types";

const now = new Date("2026-12-02T12:00:00Z");
const later = new Date("2027-01-01T00:00:00Z");
const earlier = new Date("2026-11-01T00:00:00Z");
const account: Grant = { source: "account", level: 0, ccaps: [], until: null };

describe("describeAccess", () => {
  it.each<[string, Grant[], { level: number; levelSource: Grant["source"]; ccaps: { name: string; until: Date | null }[] }]>([
    ["a free account", [account], { level: 0, levelSource: "account", ccaps: [] }],
    ["a subscriber's plan, not the account's level 0", [account, { source: "plan", level: 1, ccaps: ["dossier_libya"], until: null }], { level: 1, levelSource: "plan", ccaps: [{ name: "dossier_libya", until: null }] }],
    ["complimentary access above the plan", [account, { source: "plan", level: 1, ccaps: [], until: null }, { source: "complimentary", level: 3, ccaps: [], until: later }], { level: 3, levelSource: "complimentary", ccaps: [] }],
    ["an ended plan gives nothing", [account, { source: "plan", level: 2, ccaps: ["pdf_edition"], until: earlier }], { level: 0, levelSource: "account", ccaps: [] }],
    ["a ccap from an editor until a date and from a plan without end", [account, { source: "editor", level: null, ccaps: ["pdf_edition"], until: later }, { source: "plan", level: 1, ccaps: ["pdf_edition"], until: null }], { level: 1, levelSource: "plan", ccaps: [{ name: "pdf_edition", until: null }] }],
    ["a ccap from an editor until a date", [account, { source: "editor", level: null, ccaps: ["pdf_edition"], until: later }], { level: 0, levelSource: "account", ccaps: [{ name: "pdf_edition", until: later }] }],
  ])("%s", (_name, grants, expected) => {
    expect(describeAccess(grants, now)).toEqual(expected);
  });
});
