import { describe, expect, it } from "vitest";
import { findGatedQuote } from "./find-gated-quote";
import { revisionDiff, type RevisionText } from "./revision-diff";

const gated = "The minister resigned on Tuesday after the audit found forty million euros missing from the fund.";
const open = "An audit of the reconstruction fund is due this week. The minister resigned on Tuesday.";

describe("findGatedQuote", () => {
  it.each([
    ["the audit found forty million euros missing", "the audit found forty million"],
    ["AUDIT FOUND Forty-Million euros — missing!", "audit found forty million euros"],
    ["Why the minister resigned on Tuesday", null],
    ["Forty million euros", null],
    ["A fund, a minister and an audit: what we know", null],
    ["", null],
  ])("%j quotes %j", (override, quoted) => {
    expect(findGatedQuote(override, { gated, public: open })).toBe(quoted);
  });

  it("finds nothing when the piece has no gated part", () => {
    expect(findGatedQuote("the audit found forty million euros missing", { gated: "", public: open })).toBeNull();
  });
});

describe("revisionDiff", () => {
  const base: RevisionText = { title: "Old title", standfirst: "Same.", bodyMarkdown: "First paragraph.\n\n<!-- paywall -->\n\nSecret.", reqLevel: null, reqCcaps: [], neverMetered: false };

  it("marks words added and removed, field by field", () => {
    const diff = revisionDiff(base, { ...base, title: "New title", reqLevel: 2, reqCcaps: ["pdf_edition"] });
    const title = diff.find((d) => d.field === "Title")!;
    expect(title.changed).toBe(true);
    expect(title.parts).toEqual([
      { kind: "removed", text: "Old" },
      { kind: "added", text: "New" },
      { kind: "same", text: " title" },
    ]);
    const access = diff.find((d) => d.field === "Access")!;
    expect(access.parts.filter((p) => p.kind === "removed").map((p) => p.text).join("")).toContain("Public");
    expect(access.parts.filter((p) => p.kind === "added").map((p) => p.text).join("")).toContain("2");
    expect(diff.find((d) => d.field === "Standfirst")!.changed).toBe(false);
  });

  it("shows a moved paywall break in the body", () => {
    const moved = { ...base, bodyMarkdown: "First paragraph.\n\nSecret.\n\n<!-- paywall -->" };
    const body = revisionDiff(base, moved).find((d) => d.field === "Body")!;
    expect(body.changed).toBe(true);
    // The parts rebuild both versions: nothing of either is lost or invented.
    expect(body.parts.filter((p) => p.kind !== "added").map((p) => p.text).join("")).toBe(base.bodyMarkdown);
    expect(body.parts.filter((p) => p.kind !== "removed").map((p) => p.text).join("")).toBe(moved.bodyMarkdown);
    expect(body.parts.some((p) => p.kind !== "same")).toBe(true);
  });

  it("reports no change between identical revisions", () => {
    expect(revisionDiff(base, { ...base }).every((d) => !d.changed && d.parts.every((p) => p.kind === "same"))).toBe(true);
  });
});
