import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { articles, organisations, users } from "@/db/schema";
import { createTestDatabase } from "@/db/test-database";
import { personaliseArticlePage, type SharedPage } from "@/lib/articles/personalise-article-page";
import { renderArticleRest } from "@/lib/articles/render-article-rest";
import { seedDatabase } from "@/scripts/seed/seed";
import { startOrganisationRanges } from "./organisation-ranges";
import { saveOrganisation } from "@/lib/admin/organisations/save-organisation";

/* Organisations through their real store, the server's in-memory ranges and a spliced page. */
let db: Database;
let drop: () => Promise<void>;
let editorId: string;
let level2: { slug: string; gatedHtml: string };
const now = new Date();

beforeAll(async () => {
  const t = await createTestDatabase();
  db = t.db;
  drop = t.drop;
  await seedDatabase(db, { demoAccounts: true });
  editorId = (await db.select({ id: users.id }).from(users).where(eq(users.email, "editor@meridian.example")))[0]!.id;
  level2 = (
    await db
    .select({ slug: articles.slug, gatedHtml: articles.gatedHtml })
    .from(articles)
      .where(and(eq(articles.effReqLevel, 2), sql`cardinality(${articles.effReqCcaps}) = 0`, eq(articles.status, "published"), sql`${articles.gatedHtml} <> ''`))
      .limit(1)
  )[0]!;
});
afterAll(async () => drop());

const save = (input: Record<string, unknown>) => saveOrganisation(db, { actorId: editorId, input: { action: "save", ...input } });
const sharedPage = (path: string): Promise<SharedPage> =>
  Promise.resolve({
    status: 200,
    body: `<main>${renderArticleRest({ kind: "paywall", requirement: { level: 2, ccaps: [] }, decision: { allowed: false, reason: "anonymous", missing: { level: 2, ccaps: [] } }, offer: null, signedIn: false, hasPlan: false, ccapLabels: {} }, { slug: path })}</main>`,
  });

describe("organisations", () => {
  it("stores normalised ranges and refuses a malformed one or an empty grant, naming the field", async () => {
    await save({ name: "University of Tartu", grant: { level: "2", ccaps: [] }, startsOn: "", endsOn: "", ipRanges: "203.0.113.9/24\n2001:db8:ab::/48" });
    const [row] = await db.select().from(organisations).where(eq(organisations.name, "University of Tartu"));
    expect(row!.ipRanges).toEqual(["203.0.113.0/24", "2001:db8:ab::/48"]);
    await expect(save({ name: "Bad", grant: { level: "1" }, ipRanges: "10.0.0.0/40" })).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { ipRanges: expect.any(String) } });
    await expect(save({ name: "Nothing", grant: { level: "public" }, ipRanges: "10.0.0.0/8" })).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { "grant.level": expect.any(String) } });
    await expect(save({ name: "Backwards", grant: { level: "1" }, startsOn: "2026-05-02", endsOn: "2026-05-01" })).rejects.toMatchObject({ fieldErrors: { endsOn: expect.any(String) } });
  });

  it("a reader inside a range reads as the organisation; outside, or after its term, not", async () => {
    const ranges = startOrganisationRanges(async () => db);
    await new Promise((resolve) => setTimeout(resolve, 300));
    try {
      expect(ranges.match("198.51.100.1", now)).toBeNull();
      const grant = ranges.match("::ffff:203.0.113.77", now);
      expect(grant).toMatchObject({ name: "University of Tartu", level: 2 });
      const page = await personaliseArticlePage(db, { slug: level2.slug, token: "", now, userAgent: "t", sharedPage, institution: grant! });
      if (page.kind !== "page") throw new Error("expected a page");
      expect(page.html).toContain(level2.gatedHtml.slice(0, 60));
      expect(page.html).toContain("Access provided by University of Tartu.");

      // The term ended yesterday: the server's list follows the change, and decideAccess refuses.
      const [row] = await db.select().from(organisations).where(eq(organisations.name, "University of Tartu"));
      const yesterday = new Date(now.getTime() - 2 * 86_400_000).toISOString().slice(0, 10);
      await save({ id: row!.id, name: "University of Tartu", grant: { level: "2" }, startsOn: "2020-01-01", endsOn: yesterday, ipRanges: row!.ipRanges.join("\n") });
      await new Promise((resolve) => setTimeout(resolve, 300));
      const ended = ranges.match("203.0.113.77", now);
      expect(ended?.until?.getTime()).toBeLessThan(now.getTime());
      const after = await personaliseArticlePage(db, { slug: level2.slug, token: "", now, userAgent: "t", sharedPage, institution: ended! });
      if (after.kind !== "page") throw new Error("expected a page");
      expect(after.html).not.toContain(level2.gatedHtml.slice(0, 60));
    } finally {
      ranges.stop();
    }
  });
});
