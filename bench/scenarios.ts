import { METER_COOKIE, writeMeterCookie } from "@/lib/access/meter/meter-cookie";
import { SESSION_COOKIE_PLAIN } from "@/lib/auth/session-cookie-names";
import { LOW_MEMBER, pageFixtures, SEARCH_QUERIES, SUBSCRIBER, webhookCustomers } from "./data/fixtures";
import type { LoadRequest } from "./load/load-protocol";
import type { WebhookCustomer } from "./load/webhook-events";
import { BENCH_AUTH_SECRET } from "./server/bench-server";

export const SCENARIO_NAMES = [
  "anonymous-article",
  "anonymous-public-article",
  "subscriber-article",
  "member-too-low",
  "home",
  "category",
  "author",
  "search",
  "webhook",
  "metered-anonymous",
] as const;

export type ScenarioName = (typeof SCENARIO_NAMES)[number];

export interface Scenario {
  name: ScenarioName;
  /** Server CPU budget per request (ms), from the performance issue. */
  targetCpuMs: number;
  requests: LoadRequest[];
  webhook?: { customers: WebhookCustomer[] };
  /**
   * Settings rows written for this scenario alone and removed after it (PostgreSQL only).
   * Such scenarios come last: the server reads its in-memory switches again within 15 s.
   */
  settings?: Record<string, unknown>;
  /** Why the scenario is not run, when it is not. */
  skipped?: string;
}

// As a browser asks: compressed answers are what readers get (and what the server pays for).
const BROWSER_HEADERS = { "accept-encoding": "gzip, deflate, br" };
const get = (path: string, headers?: Record<string, string>): LoadRequest => ({ method: "GET", path, headers: { ...BROWSER_HEADERS, ...headers } });
const asMember = (token: string) => ({ cookie: `${SESSION_COOKIE_PLAIN}=${token}` });

/** Every scenario of the benchmark, on the pages of a dataset of `articles` articles. */
export function buildScenarios(articles: number): Scenario[] {
  const pages = pageFixtures(articles);
  const article = (slug: string) => `/articles/${slug}`;
  return [
    { name: "anonymous-article", targetCpuMs: 2, requests: pages.gated.map((s) => get(article(s))) },
    { name: "anonymous-public-article", targetCpuMs: 2, requests: pages.public.map((s) => get(article(s))) },
    // With the cookie, the server answers a document request with the shared page and the
    // reader's part spliced in (server/route-table.ts: personal-article).
    { name: "subscriber-article", targetCpuMs: 8, requests: pages.subscriberReadable.map((s) => get(article(s), asMember(SUBSCRIBER.token))) },
    { name: "member-too-low", targetCpuMs: 8, requests: pages.aboveLowMember.map((s) => get(article(s), asMember(LOW_MEMBER.token))) },
    { name: "home", targetCpuMs: 2, requests: [get("/")] },
    { name: "category", targetCpuMs: 2, requests: pages.categories.map((s) => get(`/categories/${s}`)) },
    { name: "author", targetCpuMs: 2, requests: pages.authors.map((s) => get(`/authors/${s}`)) },
    // Anonymous readers; every other query asks for its second page of results.
    { name: "search", targetCpuMs: 20, requests: SEARCH_QUERIES.map((q, i) => get(`/search?${new URLSearchParams(i % 2 ? { q, page: "2" } : { q })}`)) },
    { name: "webhook", targetCpuMs: 5, requests: [{ method: "POST", path: "/api/stripe/webhook" }], webhook: { customers: webhookCustomers() } },
    // An anonymous reader with one free article read this month, of 3: each request is a
    // metered read (decideAccess, the gated part, a new signed cookie), spliced like a member's.
    {
      name: "metered-anonymous",
      targetCpuMs: 3,
      requests: pages.subscriberReadable.map((s) => get(article(s), { cookie: `${METER_COOKIE}=${meterCookieWithOneRead()}` })),
      settings: { meterAnonymous: 3, meterCeiling: 4 },
    },
  ];
}

/** A signed meter cookie holding one unlock (of an article no scenario asks for), made now. */
function meterCookieWithOneRead(): string {
  return writeMeterCookie([[2_000_000_000, Math.floor(Date.now() / 1000)]], BENCH_AUTH_SECRET);
}
