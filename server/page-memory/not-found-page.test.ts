import { describe, expect, it } from "vitest";
import { NotFoundPage } from "./not-found-page";

const notFoundHtml = `<!DOCTYPE html><html><body><h1>Page not found</h1>${"<p>x</p>".repeat(300)}<script>self.__next_f.push([0])</script></body></html>`;

function fixture() {
  let clock = 0;
  const fetched: string[] = [];
  let gate: Promise<void> = Promise.resolve();
  const page = new NotFoundPage(
    async (path) => {
      fetched.push(path);
      await gate;
      return { status: 404, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "private, no-store" }, body: notFoundHtml };
    },
    () => clock,
  );
  return { page, fetched, advance: (ms: number) => (clock += ms), hold: (p: Promise<void>) => (gate = p) };
}

describe("NotFoundPage", () => {
  it("fetches Next's not-found page once, answers 404 with it compressed, and fetches again after 30 s", async () => {
    const f = fixture();
    const [a, b] = await Promise.all([f.page.get(), f.page.get()]);
    expect(a).toBe(b);
    expect(a.status).toBe(404);
    expect(a.html).toBe(notFoundHtml);
    expect(a.gzip).not.toBeNull();
    expect(a.policy).toMatch(/script-src 'self' 'sha256-/);
    await f.page.get();
    expect(f.fetched).toEqual(["/_not-found"]);
    f.advance(30_000);
    await f.page.get();
    expect(f.fetched).toHaveLength(2);
  });

  it("is dropped by a purge of every page, not by an article's purge, and a fetch begun before a purge is not kept", async () => {
    const f = fixture();
    await f.page.get();
    f.page.purge(["article:some-piece", "front"]);
    await f.page.get();
    expect(f.fetched).toHaveLength(1);
    f.page.purge(["all"]);
    let release!: () => void;
    f.hold(new Promise((resolve) => (release = resolve)));
    const during = f.page.get();
    f.page.purge(["all"]);
    release();
    await during;
    await f.page.get();
    expect(f.fetched).toHaveLength(3);
  });

  it("keeps nothing while pages may not be kept (other instances' purges unheard)", async () => {
    let fetches = 0;
    let keeping = false;
    const page = new NotFoundPage(
      async () => (fetches++, { status: 404, headers: { "content-type": "text/html" }, body: notFoundHtml }),
      Date.now,
      () => keeping,
    );
    await page.get();
    await page.get();
    expect(fetches).toBe(2);
    keeping = true;
    await page.get();
    await page.get();
    expect(fetches).toBe(3);
  });

  it("refuses a not-found page that is not a 404", async () => {
    const page = new NotFoundPage(async () => ({ status: 200, headers: {}, body: "<p>ok</p>" }));
    await expect(page.get()).rejects.toThrow(/answered 200/);
  });
});
