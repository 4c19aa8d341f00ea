import { asc, count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { articleCategories, articles, articleTags } from "@/db/schema";
import { createTestDatabase } from "@/db/test-database";
import { refreshSearchNames } from "@/lib/articles/refresh-search-names";
import { articleTagIds } from "./dataset-shape";
import { generateArticles } from "./generate-articles";

let db: Database;
let drop: () => Promise<void>;
const COUNT = 777;

beforeAll(async () => {
  const t = await createTestDatabase();
  db = t.db;
  drop = t.drop;
  await generateArticles(db, { count: COUNT, now: new Date() });
});
afterAll(async () => drop());

const names = () => db.select({ id: articles.id, names: articles.searchNames }).from(articles).orderBy(asc(articles.id));

describe("generateArticles", () => {
  it("writes every article and its links once, whatever order its concurrent batches land in", async () => {
    const [{ n } = { n: 0 }] = await db.select({ n: count() }).from(articles);
    const [{ n: sections } = { n: 0 }] = await db.select({ n: count() }).from(articleCategories);
    const [{ n: tagged } = { n: 0 }] = await db.select({ n: count() }).from(articleTags);
    expect(n).toBe(COUNT);
    expect(sections).toBe(COUNT);
    expect(tagged).toBe(Array.from({ length: COUNT }, (_, i) => articleTagIds(i).length).reduce((a, b) => a + b, 0));
  });

  it("writes the search names the site's own writer would (so no update rebuilds the search documents after)", async () => {
    const written = await names();
    expect(written.every((r) => r.names.length > 0)).toBe(true);
    await refreshSearchNames(db);
    expect(await names()).toEqual(written);
  });
});
