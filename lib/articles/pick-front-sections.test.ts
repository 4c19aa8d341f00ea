import { describe, expect, it } from "vitest";
import { pickFrontSections } from "./pick-front-sections";

const cards = (...ids: number[]) => ids.map((id) => ({ id }));

describe("pickFrontSections", () => {
  it("never shows a piece twice: lead and latest first, then sections in order", () => {
    const picked = pickFrontSections(
      [
        { slug: "europe", cards: cards(1, 10, 11, 12, 13, 14) },
        { slug: "africa", cards: cards(10, 11, 20, 21, 22, 23, 24) },
        { slug: "defence", cards: cards(11, 20, 30) },
      ],
      [1, 2, 3],
      4,
    );
    expect(picked.map((s) => [s.slug, s.cards.map((c) => c.id)])).toEqual([
      ["europe", [10, 11, 12, 13]],
      ["africa", [20, 21, 22, 23]],
      ["defence", [30]],
    ]);
    const all = picked.flatMap((s) => s.cards.map((c) => c.id));
    expect(new Set(all).size).toBe(all.length);
  });

  it("fills a later section from deeper candidates when earlier ones took its newest pieces", () => {
    const picked = pickFrontSections(
      [
        { slug: "a", cards: cards(1, 2, 3, 4) },
        { slug: "b", cards: cards(1, 2, 3, 4, 5, 6, 7, 8) },
      ],
      [],
      4,
    );
    expect(picked[1]!.cards.map((c) => c.id)).toEqual([5, 6, 7, 8]);
  });

  it("keeps a section's other fields and leaves an exhausted section empty", () => {
    const picked = pickFrontSections([{ slug: "a", name: "A", cards: cards(1) }], [1], 4);
    expect(picked).toEqual([{ slug: "a", name: "A", cards: [] }]);
  });
});
