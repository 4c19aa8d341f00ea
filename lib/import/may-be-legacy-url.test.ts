import { describe, expect, it } from "vitest";
import { legacyKey } from "./legacy-key";
import { mayBeLegacyUrl } from "./may-be-legacy-url";

describe("mayBeLegacyUrl", () => {
  it.each([
    "/?p=12",
    "/?cat=5",
    "/?attachment_id=9",
    "/index.php?p=12",
    "/2024/03/05/a-post/",
    "/2024/03/a-post",
    "/a-post/",
    "/category/world/africa/",
    "/category/world",
    "/tag/oil/",
    "/author/clara/",
    "/feed/",
    "/feed",
  ])("may be an old WordPress link: %s", (url) => expect(mayBeLegacyUrl("GET", url)).toBe(true));

  it.each(["/", "/?utm_source=x", "/articles/a-post", "/categories/world", "/latest", "/latest/page/2", "/_next/static/chunks/a.js", "/media/abc", "/search?q=p=1", "/feeds/rss"])(
    "an ordinary Lede request pays nothing: %s",
    (url) => expect(mayBeLegacyUrl("GET", url)).toBe(false),
  );

  it("only GET and HEAD", () => {
    expect(mayBeLegacyUrl("HEAD", "/?p=1")).toBe(true);
    expect(mayBeLegacyUrl("POST", "/?p=1")).toBe(false);
    expect(mayBeLegacyUrl("GET", undefined)).toBe(false);
  });
});

describe("legacyKey", () => {
  it("normalises paths and front-page queries", () => {
    expect(legacyKey("/2024/03/05/A-Post/")).toBe("/2024/03/05/a-post");
    expect(legacyKey("/?p=12&utm_source=x")).toBe("/?p=12");
    expect(legacyKey("/index.php?cat=5")).toBe("/?cat=5");
    expect(legacyKey("/caf%C3%A9/")).toBe("/café");
    expect(legacyKey("/")).toBeNull();
    expect(legacyKey("/%E0%A4%A")).toBeNull();
  });
});
