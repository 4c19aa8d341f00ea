import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { articleCategories, categories } from "@/db/schema";
import { createTestDatabase } from "@/db/test-database";
import { seedDatabase } from "@/scripts/seed/seed";
import { listArticles } from "./list-articles";
import { loadFrontPage } from "./load-front-page";

let db: Database;
let drop: () => Promise<void>;
const now = new Date();

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  await seedDatabase(db, { demoAccounts: false });
});
afterAll(async () => drop());

describe("the front page", () => {
  it("never shows a piece twice, even one filed in every top-level section", async () => {
    const tops = (await db.select().from(categories)).filter((c) => c.parentId === null);
    expect(tops.length).toBeGreaterThan(1);
    // File the newest pieces after the lead and latest block in every top-level section too.
    const cards = await listArticles(db, { limit: 12, offset: 7, now });
    const shared = cards.map((c) => c.id);
    await db
      .insert(articleCategories)
      .values(shared.flatMap((articleId) => tops.map((top) => ({ articleId, categoryId: top.id }))))
      .onConflictDoNothing();

    const front = await loadFrontPage(db, { now });
    const shown = [front.lead!.id, ...front.latest.map((c) => c.id), ...front.sections.flatMap((s) => s.cards.map((c) => c.id))];
    expect(new Set(shown).size).toBe(shown.length);
    // Each section still fills its block when there is enough to fill it with.
    for (const section of front.sections) expect(section.cards.length).toBe(4);
    // The first section takes the shared pieces; the next ones go deeper into their own.
    expect(front.sections[0]!.cards.map((c) => c.id)).toEqual(shared.slice(0, 4));
  });
});
