import { describe, expect, it } from "vitest";
import { can, canEditArticle } from "./permissions";

describe("staff permissions", () => {
  it("grows from author to editor to admin", () => {
    expect(can("reader", "viewAdmin")).toBe(false);
    expect(can("author", "writeArticles")).toBe(true);
    expect(can("author", "publishArticles")).toBe(false);
    expect(can("author", "manageMembers")).toBe(false);
    expect(can("editor", "publishArticles")).toBe(true);
    expect(can("editor", "manageAccess")).toBe(true);
    expect(can("editor", "manageRoles")).toBe(false);
    expect(can("admin", "manageRoles")).toBe(true);
  });

  it("authors edit only their own unpublished pieces; editors edit all", () => {
    const author = { id: "a", role: "author" as const };
    expect(canEditArticle(author, { status: "draft", authorUserIds: ["a"] })).toBe(true);
    expect(canEditArticle(author, { status: "submitted", authorUserIds: ["a", "b"] })).toBe(true);
    expect(canEditArticle(author, { status: "published", authorUserIds: ["a"] })).toBe(false);
    expect(canEditArticle(author, { status: "draft", authorUserIds: ["b"] })).toBe(false);
    expect(canEditArticle({ id: "e", role: "editor" }, { status: "published", authorUserIds: [] })).toBe(true);
    expect(canEditArticle({ id: "a", role: "reader" }, { status: "draft", authorUserIds: ["a"] })).toBe(false);
  });
});
