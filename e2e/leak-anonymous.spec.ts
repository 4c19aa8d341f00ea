import { expect, test } from "@playwright/test";
import { gatedPieces, leakedSentences, normaliseText, publicPieces } from "./support/gated-text";

/*
 * The paywall promise for anonymous visitors: for every gated demo article, the HTML and
 * every RSC variant carry the teaser but no sentence of the gated part.
 */
const variants: { name: string; headers: Record<string, string> }[] = [
  { name: "html", headers: {} },
  { name: "rsc", headers: { RSC: "1" } },
  { name: "rsc-prefetch", headers: { RSC: "1", "Next-Router-Prefetch": "1" } },
  { name: "rsc-segment-tree", headers: { RSC: "1", "Next-Router-Prefetch": "1", "Next-Router-Segment-Prefetch": "/_tree" } },
  { name: "rsc-segment-full", headers: { RSC: "1", "Next-Router-Prefetch": "1", "Next-Router-Segment-Prefetch": "/_full" } },
];

test("the demo newsroom has gated articles to check", () => {
  expect(gatedPieces.length).toBeGreaterThanOrEqual(20);
});

for (const piece of gatedPieces) {
  test(`anonymous never receives the gated text of ${piece.slug}`, async ({ request }) => {
    for (const variant of variants) {
      const res = await request.get(`/articles/${piece.slug}`, { headers: variant.headers });
      expect(res.status(), variant.name).toBe(200);
      const body = await res.text();
      expect(leakedSentences(piece, body), `${variant.name} of ${piece.slug}`).toEqual([]);
      if (variant.name === "html") {
        // The check can fail: the page does carry the title and the teaser.
        expect(normaliseText(body)).toContain(normaliseText(piece.title));
        for (const s of piece.teaserSentences.slice(0, 2)) expect(normaliseText(body)).toContain(s);
        expect(res.headers()["set-cookie"]).toBeUndefined();
      }
    }
  });
}

test("the leak detector finds full text where it is meant to be: public articles", async ({ request }) => {
  const piece = publicPieces[0]!;
  const body = await (await request.get(`/articles/${piece.slug}`)).text();
  expect(leakedSentences(piece, body).length).toBe(piece.gatedSentences.length);
  const rsc = await (await request.get(`/articles/${piece.slug}`, { headers: { RSC: "1" } })).text();
  expect(leakedSentences(piece, rsc).length).toBeGreaterThan(0);
});
