import { describe, expect, it } from "vitest";
import { can, canActOnMember, canEditArticle, ROLES } from "./permissions";

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

  it("staff act only on accounts below their own role; admins on every account", () => {
    const allowed = ROLES.flatMap((actor) => ROLES.filter((target) => canActOnMember(actor, target)).map((target) => `${actor}→${target}`));
    expect(allowed).toEqual(["author→reader", "editor→reader", "editor→author", "admin→reader", "admin→author", "admin→editor", "admin→admin"]);
  });
});
