import type { Result } from "lighthouse";

/** What `npm run lighthouse` prints for one page: the four category scores and the figures behind performance. */
export interface PageFigures {
  page: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Bytes of JavaScript over the wire (compressed), all scripts of the load. */
  scriptBytes: number;
  requests: number;
  /** Client-router requests (`?_rsc=`): prefetches and navigations' payloads. */
  rscRequests: number;
}

interface NetworkRequestItem {
  url: string;
  resourceType?: string;
  transferSize?: number;
}

const score = (lhr: Result, category: string) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
const numeric = (lhr: Result, audit: string) => lhr.audits[audit]?.numericValue ?? Number.NaN;

/** The figures of one Lighthouse result. */
export function pageFigures(page: string, lhr: Result): PageFigures {
  const details = lhr.audits["network-requests"]?.details;
  const requests = (details && details.type === "table" ? details.items : []) as unknown as NetworkRequestItem[];
  return {
    page,
    performance: score(lhr, "performance"),
    accessibility: score(lhr, "accessibility"),
    bestPractices: score(lhr, "best-practices"),
    seo: score(lhr, "seo"),
    fcpMs: numeric(lhr, "first-contentful-paint"),
    lcpMs: numeric(lhr, "largest-contentful-paint"),
    tbtMs: numeric(lhr, "total-blocking-time"),
    cls: numeric(lhr, "cumulative-layout-shift"),
    scriptBytes: requests.filter((r) => r.resourceType === "Script").reduce((sum, r) => sum + (r.transferSize ?? 0), 0),
    requests: requests.length,
    rscRequests: requests.filter((r) => new URL(r.url).searchParams.has("_rsc")).length,
  };
}

/** The run with the median performance score (Lighthouse's own advice for noisy machines: several runs, the median). */
export function medianRun<T extends { performance: number }>(runs: T[]): T {
  if (runs.length === 0) throw new Error("no runs");
  const sorted = [...runs].sort((a, b) => a.performance - b.performance);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** A Markdown table of the figures, as the README shows them. */
export function figuresTable(rows: PageFigures[]): string {
  const header = ["page", "performance", "accessibility", "best practices", "SEO", "FCP", "LCP", "TBT", "CLS", "JS (gzip)", "requests", "_rsc requests"];
  const lines = rows.map((r) => [
    r.page,
    String(r.performance),
    String(r.accessibility),
    String(r.bestPractices),
    String(r.seo),
    `${(r.fcpMs / 1000).toFixed(1)} s`,
    `${(r.lcpMs / 1000).toFixed(1)} s`,
    `${Math.round(r.tbtMs)} ms`,
    r.cls.toFixed(3),
    `${(r.scriptBytes / 1024).toFixed(1)} KB`,
    String(r.requests),
    String(r.rscRequests),
  ]);
  const row = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [row(header), row(header.map((_, i) => (i === 0 ? "---" : "---:"))), ...lines.map(row)].join("\n");
}
