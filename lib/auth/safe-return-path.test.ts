import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./credentials-schema";

/** Where a browser would really go if told `location.assign(path)` on https://news.example. */
const landsOn = (path: string) => new URL(path, "https://news.example/signin").origin;

describe("safeReturnPath (where sign-in and checkout send the reader back)", () => {
  it.each(["/", "/account", "/articles/a-piece?checkout=success", "/subscribe?return=%2Farticles%2Fx#plans"])("keeps the site path %s", (path) => {
    expect(safeReturnPath(path)).toBe(path);
  });

  it("keeps only the path of an absolute URL", () => {
    expect(safeReturnPath("https://evil.example/account?x=1")).toBe("/account?x=1");
  });

  it.each([
    "//evil.example",
    "/\\evil.example",
    "https://news.example//evil.example",
    // Browsers drop tabs and newlines inside URLs: "/\t/evil.example" is "//evil.example".
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "\\/evil.example",
    "javascript:alert(1)",
    "evil.example",
  ])("never leads off the site: %j", (raw) => {
    const path = safeReturnPath(raw);
    expect(landsOn(path)).toBe("https://news.example");
    expect(path.startsWith("/")).toBe(true);
  });

  it("turns non-strings into /", () => {
    expect(safeReturnPath(undefined)).toBe("/");
    expect(safeReturnPath(["/account"])).toBe("/");
  });
});
