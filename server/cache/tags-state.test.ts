import { describe, expect, it } from "vitest";
import { tagsState } from "./tags-state.mjs";

const times = (expired: Record<string, number>, stale: Record<string, number> = {}) => ({
  expired: new Map(Object.entries(expired)),
  stale: new Map(Object.entries(stale)),
});

describe("tagsState", () => {
  const tags = ["_N_T_/layout", "_N_T_/articles/oil"];

  it.each([
    ["no tag was ever revalidated", times({}), "fresh"],
    ["a tag expired before the entry was written", times({ "_N_T_/articles/oil": 900 }), "fresh"],
    ["a tag expired in the same millisecond as the write", times({ "_N_T_/articles/oil": 1000 }), "fresh"],
    ["a tag expired after the entry was written (an editor saved)", times({ "_N_T_/articles/oil": 1500 }), "expired"],
    ["the layout of every page expired (a site-wide change)", times({ "_N_T_/layout": 1200 }), "expired"],
    ["another page's tag expired", times({ "_N_T_/articles/gas": 1500 }), "fresh"],
    ["a tag turned stale after the write, expiring later", times({ "_N_T_/articles/oil": 5000 }, { "_N_T_/articles/oil": 1500 }), "stale"],
    ["a stale tag whose expiry has come", times({ "_N_T_/articles/oil": 1800 }, { "_N_T_/articles/oil": 1500 }), "expired"],
  ])("%s → %s", (_, t, expected) => {
    expect(tagsState(tags, 1000, t, 2000)).toBe(expected);
  });

  it("an entry without tags stays fresh", () => {
    expect(tagsState([], 1000, times({ "_N_T_/layout": 1500 }), 2000)).toBe("fresh");
  });
});
