import { describe, expect, it } from "vitest";
import { MemoryPageStore } from "./memory-page-store";

const TTL_S = 300;

describe("MemoryPageStore", () => {
  it("gives back exactly the text it was given, whatever its characters", async () => {
    const store = new MemoryPageStore(1024 * 1024);
    const text = JSON.stringify({ html: "<p>Café — “quoted” 😀</p>", bytes: "AAEC" });
    expect(await store.write("k", { text, tags: ["t"] }, Date.now(), TTL_S)).toBe(true);
    const { page } = await store.read("k");
    expect(page?.text).toBe(text);
    expect(page?.tags).toEqual(["t"]);
  });

  it("counts an entry by its kept (deflated) bytes: a budget holds pages larger than itself in all", async () => {
    const store = new MemoryPageStore(1024 * 1024);
    // Ten pages of ~500 KB of markup-like text, 5 MB in all, in a 1 MB budget.
    const page = (i: number) => `<p class="prose">${i}: ${"Readers and editors argue about commas. ".repeat(12_000)}</p>`;
    for (let i = 0; i < 10; i++) await store.write(`k${i}`, { text: page(i), tags: [] }, Date.now(), TTL_S);
    for (let i = 0; i < 10; i++) expect((await store.read(`k${i}`)).page?.text).toBe(page(i));
  });

  it("still refuses and drops what a purge made stale", async () => {
    let now = 1_000_000;
    const store = new MemoryPageStore(1024 * 1024, () => now);
    await store.write("k", { text: "old", tags: ["article:1"] }, now - 10, TTL_S);
    now += 5;
    await store.purge(["article:1"]);
    expect((await store.read("k")).page).toBeNull();
    expect(await store.write("k", { text: "rendered before the purge", tags: ["article:1"] }, now - 20, TTL_S)).toBe(false);
  });
});
