import { describe, expect, it } from "vitest";
import { accentStyle } from "./accent-style";

describe("accentStyle", () => {
  it.each([
    ["#8a1c1c", "#ffffff"],
    ["#1A5FB4", "#ffffff"],
    ["#ffd700", "#1b1b1b"],
    ["#ffffff", "#1b1b1b"],
    ["#000000", "#ffffff"],
  ])("%s gets a readable label colour %s", (colour, fg) => {
    expect(accentStyle(colour)).toEqual({ "--accent": colour.toLowerCase(), "--accent-fg": fg });
  });

  it("keeps the stylesheet's colours without a valid accent", () => {
    expect(accentStyle(null)).toBeNull();
    expect(accentStyle("red")).toBeNull();
    expect(accentStyle("#12345")).toBeNull();
  });
});
