import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { seedDatabase } from "@/scripts/seed/seed";
import { authors, users } from "@/db/schema";
import { createTestDatabase } from "@/db/test-database";
import { readMedia } from "@/lib/media/read-media";
import { storeUpload } from "../media/store-upload";
import { saveAuthor } from "./save-author";

let db: Database;
let drop: () => Promise<void>;
let editorId: string;
const now = new Date("2026-11-29T12:00:00Z");
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  await seedDatabase(db, { demoAccounts: true });
  editorId = (await db.select({ id: users.id }).from(users).where(eq(users.email, "editor@meridian.example")))[0]!.id;
});
afterAll(async () => drop());

describe("author profiles", () => {
  it("creates a profile with an automatic slug and a linked account", async () => {
    const saved = await saveAuthor(db, { actorId: editorId, input: { name: "Zoë Ångström", roleLine: "Nordic correspondent", bio: "Writes.", userEmail: "level2@meridian.example" }, now });
    const [row] = await db.select().from(authors).where(eq(authors.id, saved.id));
    expect(row).toMatchObject({ slug: "zoe-angstrom", roleLine: "Nordic correspondent" });
    expect(row!.userId).not.toBeNull();
    expect(saved.tags).toContain("listing:authors/zoe-angstrom");
  });

  it("refuses a taken slug and an unknown account; renaming refreshes the pages of its pieces", async () => {
    await expect(saveAuthor(db, { actorId: editorId, input: { name: "X", slug: "clara-vermeulen" }, now })).rejects.toMatchObject({ fieldErrors: { slug: expect.stringContaining("Already used") } });
    await expect(saveAuthor(db, { actorId: editorId, input: { name: "X", userEmail: "nobody@example.org" }, now })).rejects.toMatchObject({ fieldErrors: { userEmail: expect.any(String) } });
    const [clara] = await db.select().from(authors).where(eq(authors.slug, "clara-vermeulen"));
    const saved = await saveAuthor(db, { actorId: editorId, id: clara!.id, input: { name: "Clara Vermeulen", slug: "clara-vermeulen", roleLine: "Defence editor", bio: clara!.bio }, now });
    expect(saved.tags.some((t) => t.startsWith("article:"))).toBe(true);
  });
});

describe("uploads", () => {
  it("stores a checked image in the database and serves it back with its type", async () => {
    const stored = await storeUpload(db, { bytes: png, uploadedBy: editorId });
    expect(stored.url).toBe(`/media/${stored.id}`);
    const found = await readMedia(db, stored.id);
    expect(found?.contentType).toBe("image/png");
    expect(new Uint8Array(found!.body)).toEqual(png);
  });

  it("stores under LEDE_MEDIA_DIR when it is set", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "lede-media-"));
    process.env.LEDE_MEDIA_DIR = dir;
    try {
      const stored = await storeUpload(db, { bytes: png, uploadedBy: editorId });
      expect(readdirSync(dir)).toEqual([stored.id]);
      expect((await readMedia(db, stored.id))?.body.length).toBe(png.length);
    } finally {
      delete process.env.LEDE_MEDIA_DIR;
    }
  });

  it("refuses what is not an image, or too big", async () => {
    await expect(storeUpload(db, { bytes: new TextEncoder().encode("<svg><script>alert(1)</script></svg>"), uploadedBy: editorId })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(png);
    await expect(storeUpload(db, { bytes: big, uploadedBy: editorId })).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
    expect(await readMedia(db, "../../etc/passwd")).toBeNull();
  });
});
