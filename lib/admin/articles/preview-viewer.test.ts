import { describe, expect, it } from "vitest";
import { decideAccess } from "@/lib/access/decide-access";
import { parsePreviewAs, previewViewer } from "./preview-viewer";

const ctx = { now: new Date("2026-11-29T12:00:00Z"), isPublished: true, isOwnArticle: false };

describe("preview as", () => {
  it("reads the URL, falling back to anonymous", () => {
    expect(parsePreviewAs({})).toEqual({ kind: "anonymous" });
    expect(parsePreviewAs({ as: "9" })).toEqual({ kind: "anonymous" });
    expect(parsePreviewAs({ as: "2", ccaps: "pdf_edition, BAD,dossier_libya" })).toEqual({ kind: "member", level: 2, ccaps: ["pdf_edition", "dossier_libya"] });
  });

  it("a level-0 preview meets the paywall of a level-1 piece, a level-2 preview reads it", () => {
    expect(decideAccess(previewViewer({ kind: "member", level: 0, ccaps: [] }), { level: 1, ccaps: [] }, ctx).reason).toBe("level-too-low");
    expect(decideAccess(previewViewer({ kind: "member", level: 2, ccaps: [] }), { level: 1, ccaps: [] }, ctx).allowed).toBe(true);
    expect(decideAccess(previewViewer({ kind: "anonymous" }), { level: 0, ccaps: [] }, ctx).reason).toBe("anonymous");
  });

  it("ccaps in the preview count like a member's", () => {
    const req = { level: 1, ccaps: ["dossier_libya"] };
    expect(decideAccess(previewViewer({ kind: "member", level: 1, ccaps: [] }), req, ctx).reason).toBe("missing-ccap");
    expect(decideAccess(previewViewer({ kind: "member", level: 1, ccaps: ["dossier_libya"] }), req, ctx).allowed).toBe(true);
  });
});
