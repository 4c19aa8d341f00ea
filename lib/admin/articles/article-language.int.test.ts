import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";
import { createTestDatabase } from "@/db/test-database";
import { getArticle } from "@/lib/articles/get-article";
import { seedDatabase } from "@/scripts/seed/seed";
import type { StaffViewer } from "../permissions";
import { loadArticleForEdit } from "./load-article-for-edit";
import { saveArticle } from "./save-article";

let db: Database;
let drop: () => Promise<void>;
let editor: StaffViewer;
const now = new Date("2026-11-29T12:00:00Z");

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  await seedDatabase(db, { demoAccounts: true });
  const [u] = await db.select({ id: users.id, role: users.role }).from(users).where(eq(users.email, "editor@meridian.example"));
  editor = u!;
});
afterAll(async () => drop());

const piece = (extra: Record<string, unknown>) => ({ standfirst: "Short.", bodyMarkdown: "One.\n\nTwo.", intent: "publish", ...extra });
const fieldError = (p: Promise<unknown>) => p.then(() => null, (e: { fieldErrors?: Record<string, string> }) => e.fieldErrors?.translationOf ?? null);

describe("article languages and translation groups", () => {
  it("a piece keeps its own language, and versions of one piece name each other once published", async () => {
    const original = await saveArticle(db, editor, piece({ title: "The original", slug: "lang-original", language: "en" }), { now });
    const french = await saveArticle(db, editor, piece({ title: "L'original", slug: "lang-original-fr", language: "fr", translationOf: "lang-original" }), { now });
    // A translation of the translation joins the original's group: groups stay one level deep.
    const third = await saveArticle(db, editor, piece({ title: "Third", slug: "lang-third", intent: "save", translationOf: "lang-original-fr" }), { now });

    expect((await loadArticleForEdit(db, french.id))?.translationOf).toEqual({ id: original.id, slug: "lang-original" });
    expect((await loadArticleForEdit(db, third.id))?.translationOf).toEqual({ id: original.id, slug: "lang-original" });

    const en = (await getArticle(db, "lang-original", { now }))!;
    expect(en.language).toBe("en");
    // The unpublished draft of the group is never announced.
    expect(en.translations).toEqual([{ slug: "lang-original-fr", language: "fr" }]);
    const fr = (await getArticle(db, "lang-original-fr", { now }))!;
    expect(fr.language).toBe("fr");
    expect(fr.translations).toEqual([{ slug: "lang-original", language: "en" }]);
  });

  it("a save that leaves the fields out leaves the language and the group as they were; an empty value clears them", async () => {
    const a = await saveArticle(db, editor, piece({ title: "Kept", slug: "lang-kept", language: "fr", translationOf: "lang-original" }), { now });
    const again = await saveArticle(db, editor, piece({ title: "Kept, retitled", slug: "lang-kept", version: a.version }), { id: a.id, now });
    expect((await loadArticleForEdit(db, a.id))?.language).toBe("fr");
    expect((await loadArticleForEdit(db, a.id))?.translationOf?.slug).toBe("lang-original");
    await saveArticle(db, editor, piece({ title: "Kept, retitled", slug: "lang-kept", version: again.version, language: "", translationOf: "" }), { id: a.id, now });
    const cleared = (await loadArticleForEdit(db, a.id))!;
    expect(cleared.language).toBeNull();
    expect(cleared.translationOf).toBeNull();
  });

  it("refuses an unknown address, a piece translating itself, and an original joining another group", async () => {
    const own = await saveArticle(db, editor, piece({ title: "Self", slug: "lang-self" }), { now });
    expect(await fieldError(saveArticle(db, editor, piece({ title: "X", translationOf: "no-such-piece" }), { now }))).toBe("No piece has this address.");
    expect(await fieldError(saveArticle(db, editor, piece({ title: "Self", slug: "lang-self", version: own.version, translationOf: "lang-self" }), { id: own.id, now }))).toBe(
      "A piece cannot be a translation of itself.",
    );
    const original = (await loadArticleForEdit(db, (await getArticle(db, "lang-original", { now }))!.id))!;
    expect(await fieldError(saveArticle(db, editor, piece({ title: "The original", slug: "lang-original", version: original.version, translationOf: "lang-self" }), { id: original.id, now }))).toBe(
      "Other pieces are translations of this one: it is the original of its group.",
    );
    const language = await saveArticle(db, editor, piece({ title: "Bad", language: "de" }), { now }).then(
      () => null,
      (e: { fieldErrors?: Record<string, string> }) => e.fieldErrors?.language,
    );
    expect(language).toBe("Choose a language.");
  });
});
