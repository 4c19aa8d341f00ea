import { describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors";
import { MAX_QUERY_LENGTH, parseSearchQuery } from "./parse-search-query";

describe("parseSearchQuery", () => {
  it.each([
    [undefined, ""],
    ["", ""],
    ["   ", ""],
    ["  black   sea \n mines ", "black sea mines"],
    [["first", "second"], "first"],
    [[], ""],
    ["nul\u0000byte", "nul byte"],
    ["lone \ud800 surrogate", "lone \ufffd surrogate"],
    ["mark\ue000sentinels\ue001", "mark sentinels"],
    ['"quoted phrase" -not or this', '"quoted phrase" -not or this'],
  ])("%j → %j", (raw, expected) => {
    expect(parseSearchQuery(raw)).toBe(expected);
  });

  it("accepts the longest query and refuses a longer one with a validation error", () => {
    expect(parseSearchQuery("x".repeat(MAX_QUERY_LENGTH))).toHaveLength(MAX_QUERY_LENGTH);
    let error: unknown;
    try {
      parseSearchQuery("x".repeat(MAX_QUERY_LENGTH + 1));
    } catch (e) {
      error = e;
    }
    expect(isAppError(error) && error.code).toBe("INVALID_INPUT");
  });
});
