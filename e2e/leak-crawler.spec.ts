import { expect, test, type APIRequestContext, type PlaywrightWorkerArgs } from "@playwright/test";
import { BASE_URL, randomIp, signIn, uniqueEmail } from "./support/accounts";
import { demoPieces, gatedOnlyWords, leakedSentences, normaliseText, type DemoPiece } from "./support/gated-text";

/*
 * The paywall promise, checked from the outside: every gated article found in the
 * sitemap × every viewer who may not read it × every surface that could carry its text.
 * No gated sentence may appear anywhere; full-text answers must be private, no-store.
 */
interface Viewer {
  name: string;
  level: number | null;
  ccaps: string[];
  /** Signs a fresh request context in; null for anonymous. */
  setUp: ((request: APIRequestContext, playwright: PlaywrightWorkerArgs["playwright"]) => Promise<void>) | null;
}

const demo = (email: string) => (request: APIRequestContext) => signIn({ request }, email);

/** A reader whose Reader subscription has ended (test checkout, then the period ended). */
const endedSubscriber = async (request: APIRequestContext) => {
  const email = uniqueEmail("ended");
  expect((await request.post("/api/session/signup", { data: { name: "Ended", email, password: "ended-subscriber" }, headers: { origin: BASE_URL } })).status()).toBe(201);
  const plans = await (await request.get("/subscribe")).text();
  const planId = plans.match(/data-plan="Reader" data-plan-id="(\d+)"/)?.[1];
  const checkout = await (await request.post("/api/billing/checkout", { data: { planId, returnTo: "/account" }, headers: { origin: BASE_URL } })).json();
  const sessionId = String(checkout.redirect).split("/").pop();
  expect((await request.post("/api/billing/test-checkout", { data: { sessionId }, headers: { origin: BASE_URL } })).status()).toBe(200);
  const account = await (await request.get("/account")).text();
  const subscriptionId = account.match(/sub_test_[A-Za-z0-9_-]+/)?.[0];
  expect(subscriptionId).toBeTruthy();
  for (const action of ["cancel", "end-period"]) {
    expect((await request.post("/api/billing/test-subscription", { data: { subscriptionId, action }, headers: { origin: BASE_URL } })).status()).toBe(200);
  }
};

/** A free member whose complimentary level 4 ended a moment ago (granted by an editor). */
const expiredComplimentary = async (request: APIRequestContext, playwright: PlaywrightWorkerArgs["playwright"]) => {
  const email = uniqueEmail("comp");
  expect((await request.post("/api/session/signup", { data: { name: "Comp Ended", email, password: "complimentary-ended" }, headers: { origin: BASE_URL } })).status()).toBe(201);
  const editor = await playwright.request.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { "x-forwarded-for": randomIp() } });
  await signIn({ request: editor }, "editor@meridian.example");
  const list = await (await editor.get(`/admin/members?q=${encodeURIComponent(email)}`)).text();
  const id = list.match(/\/admin\/members\/([0-9a-f-]{36})/)?.[1];
  expect(id).toBeTruthy();
  const until = new Date(Date.now() + 3000).toISOString();
  const granted = await editor.post(`/api/admin/members/${id}/entitlements`, { data: { action: "set-comp", level: 4, until, reason: "leak crawler" }, headers: { origin: BASE_URL } });
  expect(granted.status()).toBe(200);
  // While it lasts, the grant works (so its end is what the crawl tests)…
  expect((await (await request.get("/account")).text())).toContain("Complimentary access");
  await new Promise((resolve) => setTimeout(resolve, 3500));
  await editor.dispose();
};

const viewers: Viewer[] = [
  { name: "anonymous", level: null, ccaps: [], setUp: null },
  { name: "level 0", level: 0, ccaps: [], setUp: demo("level0@meridian.example") },
  { name: "level 1", level: 1, ccaps: [], setUp: demo("level1@meridian.example") },
  { name: "level 2", level: 2, ccaps: [], setUp: demo("level2@meridian.example") },
  { name: "level 1 + ccaps", level: 1, ccaps: ["dossier_libya", "pdf_edition"], setUp: demo("ccap@meridian.example") },
  { name: "ended subscription", level: 0, ccaps: [], setUp: endedSubscriber },
  { name: "expired complimentary", level: 0, ccaps: [], setUp: expiredComplimentary },
];

const mayRead = (viewer: Viewer, piece: DemoPiece) =>
  piece.access.kind === "public" ||
  (viewer.level !== null && viewer.level >= piece.access.level && (piece.access.ccaps ?? []).every((c) => viewer.ccaps.includes(c)));

const RSC_VARIANTS: Record<string, Record<string, string>> = {
  rsc: { RSC: "1" },
  "rsc-prefetch": { RSC: "1", "Next-Router-Prefetch": "1" },
  "rsc-tree": { RSC: "1", "Next-Router-Prefetch": "1", "Next-Router-Segment-Prefetch": "/_tree" },
  "rsc-full": { RSC: "1", "Next-Router-Prefetch": "1", "Next-Router-Segment-Prefetch": "/_full" },
};

function articleSurfaces(slug: string): { name: string; path: string; headers?: Record<string, string> }[] {
  return [
    { name: "html", path: `/articles/${slug}` },
    ...Object.entries(RSC_VARIANTS).map(([name, headers]) => ({ name, path: `/articles/${slug}`, headers })),
    { name: "member-route", path: `/m/articles/${slug}` },
    { name: "checkout-return", path: `/articles/${slug}?checkout=success` },
    { name: "query-variant", path: `/articles/${slug}?print=1&format=amp` },
    { name: "trailing-slash", path: `/articles/${slug}/` },
    { name: "not-found-variant", path: `/articles/${slug}/extra` },
    { name: "subscribe-page", path: `/subscribe?return=/articles/${slug}` },
    { name: "search-shell", path: "/shells/search" },
  ];
}

/**
 * The search page asked for words and a phrase of the gated part. Whoever asks, results
 * never carry a gated sentence (snippets come from the teaser only); for a viewer who may
 * not read the piece, words found only in its gated part must not return it at all.
 */
function searchSurfaces(piece: DemoPiece): { name: string; path: string; gatedOnly: boolean }[] {
  const words = gatedOnlyWords(piece, 3);
  // Half of a long sentence: the page repeats the query, and a whole sentence repeated would count as a leak.
  const long = piece.gatedSentences.map((g) => g.split(" ")).find((w) => w.length >= 12) ?? piece.gatedSentences[0]!.split(" ");
  const phrase = long.slice(0, Math.min(8, Math.floor(long.length / 2))).join(" ");
  const search = (q: string) => `/search?q=${encodeURIComponent(q)}`;
  return [
    { name: "search-word", path: search(words[0]!), gatedOnly: true },
    { name: "search-words", path: search(words.join(" ")), gatedOnly: true },
    { name: "search-phrase", path: search(`"${phrase}"`), gatedOnly: false },
  ];
}

const GLOBAL_SURFACES = ["/", "/latest", "/latest/page/2", "/feed.xml", "/atom.xml", "/sitemap.xml", "/robots.txt", "/no-such-page", "/account", "/signin"];

test("leak crawler: no gated sentence reaches a viewer who may not read it, on any surface", async ({ playwright }) => {
  test.setTimeout(600_000);
  const anonymous = await playwright.request.newContext({ baseURL: BASE_URL });
  const sitemap = await (await anonymous.get("/sitemap.xml")).text();
  const slugs = new Set([...sitemap.matchAll(/\/articles\/([a-z0-9-]+)</g)].map((m) => m[1]!));
  const pieces = demoPieces.filter((p) => slugs.has(p.slug) && p.gatedSentences.length > 0);
  const gated = pieces.filter((p) => p.access.kind !== "public");
  expect(gated.length).toBeGreaterThanOrEqual(20);
  await anonymous.dispose();

  let requests = 0;
  let surfaces = 0;
  const leaks: string[] = [];
  for (const viewer of viewers) {
    const request = await playwright.request.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { "x-forwarded-for": randomIp() } });
    if (viewer.setUp) await viewer.setUp(request, playwright);

    const globalBodies: string[] = [];
    for (const path of GLOBAL_SURFACES) {
      const res = await request.get(path);
      expect(res.status(), `${viewer.name} ${path}`).toBeLessThan(500);
      globalBodies.push(await res.text());
      requests++;
    }
    const checkPiece = async (piece: DemoPiece) => {
      const entitled = mayRead(viewer, piece);
      const perArticle = articleSurfaces(piece.slug);
      const searches = searchSurfaces(piece);
      surfaces = Math.max(surfaces, perArticle.length + searches.length + GLOBAL_SURFACES.length);
      for (const surface of perArticle) {
        const res = await request.get(surface.path, { headers: surface.headers });
        requests++;
        expect(res.status(), `${viewer.name} ${surface.name} ${piece.slug}`).toBeLessThan(500);
        const body = await res.text();
        const found = leakedSentences(piece, body);
        const headers = res.headers();
        if (found.length > 0) {
          if (!entitled) leaks.push(`${viewer.name} got ${found.length} gated sentence(s) of ${piece.slug} via ${surface.name}`);
          else if (piece.access.kind !== "public") expect(`${headers["cache-control"]}`, `${surface.name} of ${piece.slug} for ${viewer.name}`).toMatch(/private.*no-store|no-store.*private/);
        }
        if (viewer.setUp === null) expect(headers["set-cookie"], `anonymous ${surface.name}`).toBeUndefined();
      }
      for (const surface of searches) {
        const res = await request.get(surface.path);
        requests++;
        expect(res.status(), `${viewer.name} ${surface.name} ${piece.slug}`).toBeLessThan(500);
        const body = await res.text();
        const found = leakedSentences(piece, body);
        if (found.length > 0) leaks.push(`${viewer.name} got ${found.length} gated sentence(s) of ${piece.slug} in search results (${surface.name})`);
        const returned = body.includes(`href="/articles/${piece.slug}"`);
        if (surface.gatedOnly && returned && !entitled) leaks.push(`${viewer.name} found ${piece.slug} by words of its gated part (${surface.path})`);
        // The check can fail: a reader who may read the piece does find it by those words.
        if (surface.name === "search-words" && entitled) expect(returned, `${viewer.name} ${surface.path}`).toBe(true);
        if (viewer.setUp === null) expect(res.headers()["set-cookie"], `anonymous ${surface.name}`).toBeUndefined();
      }
      for (const body of globalBodies) {
        if (!entitled && leakedSentences(piece, body).length > 0) leaks.push(`${viewer.name} got gated text of ${piece.slug} from a listing, feed or page`);
      }
    };
    // A few articles at a time: the server has two cores and requests wait on each other.
    for (let i = 0; i < pieces.length; i += 4) await Promise.all(pieces.slice(i, i + 4).map(checkPiece));
    // The crawler can fail: an entitled viewer does get the text of a gated piece.
    const readable = gated.find((p) => mayRead(viewer, p));
    if (readable) expect(leakedSentences(readable, await (await request.get(`/articles/${readable.slug}`)).text()).length).toBeGreaterThan(0);
    await request.dispose();
  }
  console.log(`leak-crawl: ${gated.length} articles × ${viewers.length} viewers × ${surfaces} surfaces (${requests} requests), ${leaks.length} leaks`);
  expect(leaks).toEqual([]);
});

test("a teaser answer is never served to an entitled reader, nor a full answer to anyone else", async ({ playwright }) => {
  const piece = demoPieces.find((p) => p.access.kind === "level" && p.access.level === 1 && !p.access.ccaps?.length)!;
  const anonymous = await playwright.request.newContext({ baseURL: BASE_URL });
  const member = await playwright.request.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { "x-forwarded-for": randomIp() } });
  await signIn({ request: member }, "level1@meridian.example");
  for (let i = 0; i < 3; i++) {
    const a = await anonymous.get(`/articles/${piece.slug}`);
    const m = await member.get(`/articles/${piece.slug}`);
    expect(leakedSentences(piece, await a.text())).toEqual([]);
    expect(leakedSentences(piece, await m.text()).length).toBeGreaterThan(0);
    expect(a.headers()["cache-control"]).toMatch(/s-maxage/);
    expect(m.headers()["cache-control"]).toMatch(/private/);
    expect(normaliseText(await a.text())).toContain(normaliseText(piece.title));
  }
  await anonymous.dispose();
  await member.dispose();
});
