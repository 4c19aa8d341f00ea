import { describe, expect, it } from "vitest";
import { declaresServerAction, handlerMethods, listAppFiles, readAppFile } from "@/lib/authorization/list-app-files";
import { ADMIN_ENDPOINTS, expectedAccess } from "./admin-endpoints";
import { can, CAPABILITIES } from "./permissions";

const files = [...listAppFiles("app/admin"), ...listAppFiles("app/api/admin")];
const pages = files.filter((f) => f.endsWith("/page.tsx"));
const routes = files.filter((f) => f.endsWith("/route.ts"));

describe("the admin authorization registry", () => {
  it("lists every admin page", () => {
    const listed = new Set(ADMIN_ENDPOINTS.map((e) => e.file));
    expect(pages.filter((f) => !listed.has(f))).toEqual([]);
  });

  it("lists every exported method of every admin route handler", () => {
    const missing: string[] = [];
    for (const file of routes) {
      const methods = handlerMethods(readAppFile(file));
      expect(methods.length, `${file} exports no handler`).toBeGreaterThan(0);
      for (const m of methods) if (!ADMIN_ENDPOINTS.some((e) => e.file === file && e.method === m)) missing.push(`${m} ${file}`);
    }
    expect(missing).toEqual([]);
  });

  it("names only files that exist", () => {
    expect(ADMIN_ENDPOINTS.filter((e) => !files.includes(e.file)).map((e) => e.file)).toEqual([]);
  });

  it("each file's guard asks for the capability the registry says", () => {
    for (const e of ADMIN_ENDPOINTS) {
      const source = readAppFile(e.file);
      const guard = e.file.endsWith("page.tsx") ? /requireStaff\("(\w+)"/ : /staff(?:Mutation|Query)(?:<[^>]*>)?\("(\w+)"/;
      expect(source.match(guard)?.[1], e.file).toBe(e.capability);
    }
  });

  it("has no server actions under /admin (every mutation goes through a guarded route handler)", () => {
    for (const f of files) expect(declaresServerAction(readAppFile(f)), f).toBe(false);
  });

  it("derives a full matrix: readers are denied everything, admins allowed everything", () => {
    for (const e of ADMIN_ENDPOINTS) {
      expect(expectedAccess(e, "reader", can)).toBe("deny");
      expect(expectedAccess(e, "admin", can)).toBe("allow");
    }
    expect(CAPABILITIES.author).not.toContain("manageMembers");
    expect(CAPABILITIES.author).not.toContain("publishArticles");
    expect(CAPABILITIES.editor).not.toContain("manageRoles");
  });
});
