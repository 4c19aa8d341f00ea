import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { articles } from "@/db/schema";
import { createTestDatabase } from "@/db/test-database";
import { demoArticles, seedDatabase } from "@/scripts/seed/seed";
import { isPublishedSlug } from "./is-published-slug";

let db: Database;
let drop: () => Promise<void>;

beforeAll(async () => {
  const t = await createTestDatabase();
  db = t.db;
  drop = t.drop;
  await seedDatabase(db, { demoAccounts: false });
});
afterAll(async () => drop());

describe("isPublishedSlug", () => {
  it("is true for a published piece, every time (the statement is prepared once), and false for an unknown slug", async () => {
    const slug = demoArticles[0]!.slug;
    const now = new Date();
    expect(await isPublishedSlug(db, slug, now)).toBe(true);
    expect(await isPublishedSlug(db, slug, now)).toBe(true);
    expect(await isPublishedSlug(db, `${slug}-no-such-piece`, now)).toBe(false);
  });

  it("is false for a draft and for a piece scheduled later, true once it is due", async () => {
    const [draft, scheduled] = [demoArticles[1]!.slug, demoArticles[2]!.slug];
    const now = new Date();
    await db.update(articles).set({ status: "draft" }).where(eq(articles.slug, draft));
    const at = new Date(now.getTime() + 3_600_000);
    await db.update(articles).set({ publishedAt: at }).where(eq(articles.slug, scheduled));
    expect(await isPublishedSlug(db, draft, now)).toBe(false);
    expect(await isPublishedSlug(db, scheduled, now)).toBe(false);
    expect(await isPublishedSlug(db, scheduled, new Date(at.getTime() + 1000))).toBe(true);
  });
});
