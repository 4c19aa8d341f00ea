import type { Result } from "lighthouse";
import { describe, expect, it } from "vitest";
import { figuresTable, medianRun, pageFigures } from "./lighthouse-summary";

/** The parts of a Lighthouse result the summary reads. */
function result(): Result {
  const categories = { performance: 0.97, accessibility: 1, "best-practices": 0.96, seo: 1 };
  const metrics = { "first-contentful-paint": 812, "largest-contentful-paint": 2104, "total-blocking-time": 95.4, "cumulative-layout-shift": 0.0123 };
  const requests = [
    { url: "http://localhost/", resourceType: "Document", transferSize: 13_000 },
    { url: "http://localhost/_next/static/chunks/a.js", resourceType: "Script", transferSize: 72_000 },
    { url: "http://localhost/_next/static/chunks/b.js", resourceType: "Script", transferSize: 4_800 },
    { url: "http://localhost/latest?_rsc=1x2y", resourceType: "Fetch", transferSize: 900 },
  ];
  return {
    categories: Object.fromEntries(Object.entries(categories).map(([id, score]) => [id, { id, score }])),
    audits: {
      ...Object.fromEntries(Object.entries(metrics).map(([id, numericValue]) => [id, { id, numericValue }])),
      "network-requests": { id: "network-requests", details: { type: "table", headings: [], items: requests } },
    },
  } as unknown as Result;
}

describe("pageFigures", () => {
  it("reads the four scores, the metrics, the scripts' bytes and the client router's requests", () => {
    expect(pageFigures("/", result())).toEqual({
      page: "/",
      performance: 97,
      accessibility: 100,
      bestPractices: 96,
      seo: 100,
      fcpMs: 812,
      lcpMs: 2104,
      tbtMs: 95.4,
      cls: 0.0123,
      scriptBytes: 76_800,
      requests: 4,
      rscRequests: 1,
    });
  });

  it("prints one Markdown row per page", () => {
    const table = figuresTable([pageFigures("/", result())]).split("\n");
    expect(table).toHaveLength(3);
    expect(table[2]).toBe("| / | 97 | 100 | 96 | 100 | 0.8 s | 2.1 s | 95 ms | 0.012 | 75.0 KB | 4 | 1 |");
  });
});

describe("medianRun", () => {
  it("takes the run with the median performance score, the lower middle of an even count", () => {
    expect(medianRun([{ performance: 99 }, { performance: 88 }, { performance: 96 }])).toEqual({ performance: 96 });
    expect(medianRun([{ performance: 99 }, { performance: 88 }])).toEqual({ performance: 88 });
    expect(() => medianRun([])).toThrow();
  });
});
