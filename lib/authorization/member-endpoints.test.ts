import { describe, expect, it } from "vitest";
import { ADMIN_ENDPOINTS } from "@/lib/admin/admin-endpoints";
import { declaresServerAction, handlerMethods, listAppFiles, readAppFile } from "./list-app-files";
import { MEMBER_ENDPOINTS } from "./member-endpoints";

const appFiles = listAppFiles("app");
const registered = [...ADMIN_ENDPOINTS, ...MEMBER_ENDPOINTS];
const isListed = (file: string, method?: string) => registered.some((e) => e.file === file && (method === undefined || e.method === method));
const READS_SESSION = /currentMember\(|requireMember\(|requireStaff\(|currentSessionToken\(|cookies\(\)|\bauth\(\)/;
const isAdmin = (f: string) => f.startsWith("app/admin/") || f.startsWith("app/api/admin/");

describe("the member authorization registry", () => {
  it("every route handler method in app/ is in the admin or the member registry", () => {
    const missing: string[] = [];
    for (const file of appFiles.filter((f) => f.endsWith("/route.ts"))) {
      const methods = handlerMethods(readAppFile(file));
      expect(methods.length, `${file} exports no handler`).toBeGreaterThan(0);
      for (const m of methods) if (!isListed(file, m)) missing.push(`${m} ${file}`);
    }
    expect(missing).toEqual([]);
  });

  it("every server action (\"use server\") in app/ or lib/ is registered", () => {
    const actions = [...appFiles, ...listAppFiles("lib")].filter((f) => /\.tsx?$/.test(f) && !f.endsWith(".test.ts") && f !== "lib/authorization/list-app-files.ts");
    expect(actions.filter((f) => declaresServerAction(readAppFile(f)) && !isListed(f))).toEqual([]);
  });

  it("every page outside /admin that reads the session is registered, and shared components never read it themselves", () => {
    const pages = appFiles.filter((f) => f.endsWith("/page.tsx") && !isAdmin(f));
    expect(pages.filter((f) => READS_SESSION.test(readAppFile(f)) && !isListed(f))).toEqual([]);
    expect(appFiles.filter((f) => f.startsWith("app/_components/") && READS_SESSION.test(readAppFile(f)))).toEqual([]);
  });

  it("names only files that exist, outside /admin, once per method", () => {
    expect(MEMBER_ENDPOINTS.filter((e) => !appFiles.includes(e.file)).map((e) => e.file)).toEqual([]);
    expect(MEMBER_ENDPOINTS.filter((e) => isAdmin(e.file)).map((e) => e.file)).toEqual([]);
    const keys = MEMBER_ENDPOINTS.map((e) => `${e.method} ${e.file}`);
    expect(keys.length).toBe(new Set(keys).size);
  });

  it("each state-changing route handler refuses cross-origin requests (Stripe's also checks the signature)", () => {
    for (const e of MEMBER_ENDPOINTS.filter((x) => x.mutates)) {
      const source = readAppFile(e.file);
      // Stripe's route and the production server both answer through answerStripeWebhook.
      if (e.callers === "stripe") {
        expect(source, e.file).toMatch(/answerStripeWebhook\(/);
        expect(readAppFile("lib/billing/answer-stripe-webhook.ts")).toMatch(/header\("origin"\)[\s\S]*handleStripeWebhook\(/);
      }
      else expect(source, e.file).toMatch(/mutationRoute\(|isSameOrigin\(/);
    }
    expect(MEMBER_ENDPOINTS.filter((e) => e.mutates && e.method === "GET").map((e) => e.file)).toEqual(["app/api/auth/[...nextauth]/route.ts"]);
  });

  it("each members-only endpoint asks for the signed-in member, and every member-owned id is named", () => {
    for (const e of MEMBER_ENDPOINTS.filter((x) => x.callers === "member")) expect(readAppFile(e.file), e.file).toMatch(/requireMember\(|currentMember\(/);
    expect(new Set(MEMBER_ENDPOINTS.flatMap((e) => (e.owns ? [e.owns] : [])))).toEqual(new Set(["session", "test-checkout", "subscription"]));
  });
});
