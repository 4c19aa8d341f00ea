import { expect, type APIRequestContext, type PlaywrightWorkerArgs } from "@playwright/test";
import { BASE_URL, randomIp } from "./accounts";
import { demoPieces, gatedOnlyWords, leakedSentences, type DemoPiece } from "./gated-text";

/*
 * The paywall promise, checked from the outside: every gated article found in the
 * sitemap × every viewer who may not read it × every surface that could carry its text
 * (with each signed-in viewer's private feed).
 * No gated sentence may appear anywhere; full-text answers must be private, no-store.
 * Used by e2e/leak-crawler.spec.ts (levels, plans, capabilities) and
 * e2e/leak-crawler-doors.spec.ts (the free-article meter and the other doors of issue 17).
 */
export interface ViewerExtras {
  /** Articles this viewer may read besides its level's (a meter's unlocked articles, a gift's). */
  mayAlsoRead?: string[];
  /** A gift token the viewer holds: every article is also asked for with `?gift=` it. */
  giftToken?: string;
}

export interface LeakViewer {
  name: string;
  level: number | null;
  ccaps: string[];
  /**
   * Signs a fresh request context in (or gives it its cookies); null for anonymous. May name
   * articles this viewer may read besides its level's (a meter's unlocked articles).
   */
  setUp: ((request: APIRequestContext, playwright: PlaywrightWorkerArgs["playwright"]) => Promise<void | ViewerExtras>) | null;
  /** The client address its requests come from (as our one trusted proxy says); else a random 10.x one. */
  ip?: string;
  /** Cookies the viewer's context starts with (a forged meter cookie). */
  cookies?: { name: string; value: string }[];
}

const mayReadByLevel = (viewer: LeakViewer, piece: DemoPiece) =>
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
    { name: "subscribe-offer", path: `/subscribe?plan=1&from=${slug}` },
    { name: "account-created-return", path: `/articles/${slug}?account=created` },
    { name: "search-shell", path: "/shells/search" },
    { name: "social-card", path: `/og/articles/${slug}` },
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

const GLOBAL_SURFACES = [
  "/", "/latest", "/latest/page/2", "/feed.xml", "/atom.xml", "/sitemap.xml", "/sitemap-pages.xml", "/news-sitemap.xml", "/robots.txt", "/no-such-page", "/account", "/signin", "/subscribe",
  // Feeds of sections, tags and authors that hold gated pieces (issue 15).
  "/categories/libya/feed.xml", "/categories/north-africa/atom.xml", "/tags/nato/feed.xml", "/authors/clara-vermeulen/atom.xml",
  // The listing badges' ids endpoint (ids in, ids out), for the first hundred ids.
  `/api/articles/readable?ids=${Array.from({ length: 100 }, (_, i) => i + 1).join(",")}`,
];

/** Crawls every surface of every gated demo article as each viewer; fails on any leak. */
export async function crawlForLeaks(playwright: PlaywrightWorkerArgs["playwright"], viewers: readonly LeakViewer[]): Promise<void> {
  const anonymous = await playwright.request.newContext({ baseURL: BASE_URL });
  const sitemap = await (await anonymous.get("/sitemap-pages.xml")).text();
  const slugs = new Set([...sitemap.matchAll(/\/articles\/([a-z0-9-]+)</g)].map((m) => m[1]!));
  const pieces = demoPieces.filter((p) => slugs.has(p.slug) && p.gatedSentences.length > 0);
  const gated = pieces.filter((p) => p.access.kind !== "public");
  expect(gated.length).toBeGreaterThanOrEqual(20);
  await anonymous.dispose();

  let requests = 0;
  let surfaces = 0;
  const leaks: string[] = [];
  for (const viewer of viewers) {
    const cookies = (viewer.cookies ?? []).map((c) => ({ ...c, domain: "localhost", path: "/", expires: -1, httpOnly: true, secure: false, sameSite: "Lax" as const }));
    const request = await playwright.request.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { "x-forwarded-for": viewer.ip ?? randomIp() }, storageState: { cookies, origins: [] } });
    const extra = viewer.setUp ? await viewer.setUp(request, playwright) : undefined;
    const mayRead = (v: LeakViewer, piece: DemoPiece) => mayReadByLevel(v, piece) || (extra?.mayAlsoRead ?? []).includes(piece.slug);

    const globalBodies: string[] = [];
    for (const path of GLOBAL_SURFACES) {
      const res = await request.get(path);
      expect(res.status(), `${viewer.name} ${path}`).toBeLessThan(500);
      globalBodies.push(await res.text());
      requests++;
    }
    // A signed-in viewer's private full-text feed (issue 15): full text only of what they may read now.
    if (viewer.setUp) {
      const made = await request.post("/api/account/private-feed", { headers: { origin: BASE_URL } });
      if (made.status() === 201) {
        const feed = await request.get(((await made.json()) as { url: string }).url);
        expect(feed.status(), `${viewer.name} private feed`).toBe(200);
        expect(feed.headers()["cache-control"], `${viewer.name} private feed`).toBe("private, no-store");
        globalBodies.push(await feed.text());
        requests++;
      }
    }
    const checkPiece = async (piece: DemoPiece) => {
      const entitled = mayRead(viewer, piece);
      const perArticle = [...articleSurfaces(piece.slug), ...(extra?.giftToken ? [{ name: "gift-link", path: `/articles/${piece.slug}?gift=${extra.giftToken}`, headers: undefined }] : [])];
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
        // (Search knows levels and capabilities, not a meter's unlocked articles.)
        if (surface.name === "search-words" && mayReadByLevel(viewer, piece)) expect(returned, `${viewer.name} ${surface.path}`).toBe(true);
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
    const query = extra?.giftToken ? `?gift=${extra.giftToken}` : "";
    if (readable) expect(leakedSentences(readable, await (await request.get(`/articles/${readable.slug}${query}`)).text()).length).toBeGreaterThan(0);
    await request.dispose();
  }
  console.log(`leak-crawl: ${gated.length} articles × ${viewers.length} viewers × ${surfaces} surfaces (${requests} requests), ${leaks.length} leaks`);
  expect(leaks).toEqual([]);
}
