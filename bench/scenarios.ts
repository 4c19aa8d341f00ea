import type postgres from "postgres";
import { signGiftToken } from "@/lib/access/gift/gift-token";
import { METER_COOKIE, writeMeterCookie } from "@/lib/access/meter/meter-cookie";
import { SESSION_COOKIE_PLAIN } from "@/lib/auth/session-cookie-names";
import { removeDashboardHistory, writeDashboardHistory } from "./data/dashboard-history";
import { EDITOR, LOW_MEMBER, pageFixtures, SEARCH_QUERIES, SUBSCRIBER, webhookCustomers } from "./data/fixtures";
import type { LoadRequest, PathSource } from "./load/load-protocol";
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
  "new-search",
  "webhook",
  "metered-anonymous",
  "gift",
  "long-tail-anonymous",
  "members-long-tail",
  "not-found",
  "dashboard",
] as const;

export type ScenarioName = (typeof SCENARIO_NAMES)[number];

export interface Scenario {
  name: ScenarioName;
  /** Server CPU budget per request (ms), from the performance issue. */
  targetCpuMs: number;
  /** Database CPU budget per request (ms; PostgreSQL only), where the issue sets one. */
  targetDbMs?: number;
  /** Worst round's p99 latency budget (ms), where the issue sets one. */
  targetP99Ms?: number;
  /** The status every answer must have (default: any 2xx). */
  expectStatus?: number;
  /** Paths drawn by the load generator (the first request gives method and headers). */
  paths?: PathSource;
  /** Report the page memory's hit rate (x-lede-page-memory). */
  reportsPageMemory?: boolean;
  requests: LoadRequest[];
  webhook?: { customers: WebhookCustomer[] };
  /**
   * Rows this scenario needs, written before it and removed after it (PostgreSQL only);
   * `setUp` may give the requests, when they name what it made. Such scenarios come last:
   * the server reads its in-memory switches (the meter's) again within 15 s.
   */
  database?: { setUp(sql: postgres.Sql): Promise<LoadRequest[] | void>; tearDown(sql: postgres.Sql): Promise<void> };
  /** Why the scenario is not run, when it is not. */
  skipped?: string;
}

// As a browser asks: compressed answers are what readers get (and what the server pays for).
const BROWSER_HEADERS = { "accept-encoding": "gzip, deflate, br" };
const get = (path: string, headers?: Record<string, string>): LoadRequest => ({ method: "GET", path, headers: { ...BROWSER_HEADERS, ...headers } });
const asMember = (token: string) => ({ cookie: `${SESSION_COOKIE_PLAIN}=${token}` });

/** Readers' visits over the whole archive: Zipf with s = 1 over the articles' rank, newest first. */
const zipf = (articles: number, seed: number): PathSource => ({ kind: "zipf-articles", articles, exponent: 1, seed });

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
    // Anonymous readers; every other query asks for its second page of results. The same eight
    // searches over and over: their headlines are kept by the server after the first time.
    { name: "search", targetCpuMs: 3, targetDbMs: 5, requests: SEARCH_QUERIES.map((q, i) => get(`/search?${new URLSearchParams(i % 2 ? { q, page: "2" } : { q })}`)) },
    // The same searches as if nobody had made them before (a site's many one-off searches): every headline is made.
    { name: "new-search", targetCpuMs: 3, targetDbMs: 5, paths: { kind: "new-searches", queries: SEARCH_QUERIES }, requests: [get("/search")] },
    { name: "webhook", targetCpuMs: 1.5, requests: [{ method: "POST", path: "/api/stripe/webhook" }], webhook: { customers: webhookCustomers() } },
    // Search engines and shared links land anywhere in the archive: most requests go to recent
    // pieces, many to old ones, with the page memory at its default size.
    { name: "long-tail-anonymous", targetCpuMs: 0.5, targetP99Ms: 50, paths: zipf(articles, 1), reportsPageMemory: true, requests: [get("/")] },
    // A level-2 subscriber over the same archive: level 3 pieces answer with the paywall box.
    { name: "members-long-tail", targetCpuMs: 1.5, paths: zipf(articles, 2), requests: [get("/", asMember(SUBSCRIBER.token))] },
    // Probes and mistyped links: a new unknown article address each time, answered 404.
    { name: "not-found", targetCpuMs: 0.3, expectStatus: 404, paths: { kind: "unknown-articles" }, requests: [get("/")] },
    // An anonymous reader with one free article read this month, of 3: each request is a
    // metered read (decideAccess, the gated part, a new signed cookie), spliced like a member's.
    {
      name: "metered-anonymous",
      targetCpuMs: 3,
      requests: pages.subscriberReadable.map((s) => get(article(s), { cookie: `${METER_COOKIE}=${meterCookieWithOneRead()}` })),
      database: withSettings({ meterAnonymous: 3, meterCeiling: 4 }),
    },
    // A signed-out recipient of a subscriber's gift link: verified, weighed, counted (one UPDATE), spliced.
    {
      name: "gift",
      targetCpuMs: 3,
      requests: [],
      database: {
        async setUp(sql) {
          const slugs = pages.subscriberReadable;
          const rows = await sql<{ id: number; articleId: number; slug: string }[]>`
            insert into gift_links (article_id, giver_id, kind)
            select a.id, ${SUBSCRIBER.id}, 'member' from articles a where a.slug in ${sql(slugs)}
            returning id, article_id as "articleId", (select slug from articles where id = article_id) as slug`;
          return rows.map((r) => get(`${article(r.slug)}?gift=${signGiftToken({ id: r.id, articleId: r.articleId, giverId: SUBSCRIBER.id, expiresAt: null }, BENCH_AUTH_SECRET)}`));
        },
        async tearDown(sql) {
          await sql`delete from gift_links where giver_id = ${SUBSCRIBER.id}`;
        },
      },
    },
    // An editor opens /admin: the dashboard's five aggregates over every member, subscription,
    // invoice and attribution (a two-year business history written for the scenario).
    {
      name: "dashboard",
      targetCpuMs: 300,
      targetDbMs: 300,
      requests: [get("/admin", asMember(EDITOR.token))],
      database: { setUp: writeDashboardHistory, tearDown: removeDashboardHistory },
    },
  ];
}

/** Settings rows for one scenario, then the ones before put back. */
function withSettings(values: Record<string, unknown>): NonNullable<Scenario["database"]> {
  let before: { key: string; value: unknown }[] = [];
  const keys = Object.keys(values);
  return {
    async setUp(sql) {
      before = await sql<{ key: string; value: unknown }[]>`select key, value from settings where key in ${sql(keys)}`;
      for (const [key, value] of Object.entries(values)) {
        await sql`insert into settings (key, value) values (${key}, ${sql.json(value as never)}) on conflict (key) do update set value = excluded.value`;
      }
    },
    async tearDown(sql) {
      await sql`delete from settings where key in ${sql(keys)}`;
      for (const row of before) await sql`insert into settings (key, value) values (${row.key}, ${sql.json(row.value as never)})`;
    },
  };
}

/** A signed meter cookie holding one unlock (of an article no scenario asks for), made now. */
function meterCookieWithOneRead(): string {
  return writeMeterCookie([[2_000_000_000, Math.floor(Date.now() / 1000)]], BENCH_AUTH_SECRET);
}
