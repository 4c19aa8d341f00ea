import { describe, expect, it } from "vitest";
import { needsDatabase, watchDatabase } from "./database-watch";

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  return check();
};

describe("watchDatabase", () => {
  it("reports down after two failed probes in a row, and up at the first answer", async () => {
    let up = true;
    let probes = 0;
    const probe = async () => (probes++, up ? [] : Promise.reject(new Error("ECONNREFUSED")));
    const lines: string[] = [];
    const watch = watchDatabase(probe, { everyMs: 5, log: (line) => lines.push(line) });
    await until(() => probes > 2);
    expect(watch.isDown()).toBe(false);
    up = false;
    const failedFrom = probes;
    expect(await until(() => watch.isDown())).toBe(true);
    expect(probes - failedFrom).toBeGreaterThanOrEqual(2);
    up = true;
    expect(await until(() => !watch.isDown())).toBe(true);
    watch.stop();
    expect(lines).toEqual([expect.stringContaining("not answering"), expect.stringContaining("answering again")]);
  });
});

describe("needsDatabase", () => {
  it.each([
    ["GET", "/articles/x", "shared", false, false],
    ["GET", "/?_rsc=1", "next", true, false],
    ["GET", "/_next/static/chunks/a.js", "next", false, false],
    ["GET", "/admin", "next", false, true],
    ["GET", "/articles/x", "personal-article", false, true],
    ["POST", "/api/stripe/webhook", "webhook", false, true],
    ["POST", "/_next/static/x", "next", false, true],
  ] as const)("%s %s (%s) → %s", (method, url, kind, shared, expected) => {
    expect(needsDatabase({ method, url }, kind, shared)).toBe(expected);
  });
});
