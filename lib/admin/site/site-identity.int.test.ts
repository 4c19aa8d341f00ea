import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { auditLog, categories, users } from "@/db/schema";
import { createTestDatabase } from "@/db/test-database";
import { ALL_PAGES_TAG } from "@/lib/page-tags/page-tags";
import { getSiteIdentity } from "@/lib/settings/site-identity";
import { siteNavigation } from "@/lib/settings/site-navigation";
import { siteConfig } from "@/lib/site-config";
import { loadCategoryTree } from "@/lib/taxonomy/category-tree";
import { seedDatabase } from "@/scripts/seed/seed";
import { storeUpload } from "../media/store-upload";
import { saveSection } from "../sections/save-section";
import { getSitePage, listFooterLinks } from "@/lib/site-pages/list-site-pages";
import { saveSitePage } from "./save-site-page";
import { updateSiteIdentity } from "./update-site-identity";

let db: Database;
let drop: () => Promise<void>;
let actorId: string;
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const categoryId = async (slug: string) => (await db.select({ id: categories.id }).from(categories).where(eq(categories.slug, slug)))[0]!.id;

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  await seedDatabase(db, { demoAccounts: true });
  actorId = (await db.select({ id: users.id }).from(users).where(eq(users.email, "admin@meridian.example")))[0]!.id;
});
afterAll(async () => drop());

describe("site identity", () => {
  it("falls back to the environment's name and tagline and the default navigation", async () => {
    const site = await getSiteIdentity(db);
    expect(site).toMatchObject({ name: siteConfig.name, tagline: siteConfig.description, logo: null, navigation: null, announcement: null });
    const nav = siteNavigation(site, await loadCategoryTree(db));
    expect(nav[0]).toEqual({ label: "Regions", href: "/categories/regions" });
  });

  it("saves name, images, colour, announcement and a custom navigation in the order given", async () => {
    const logo = await storeUpload(db, { bytes: png, uploadedBy: actorId });
    const [defence, libya] = [await categoryId("defence"), await categoryId("libya")];
    const saved = await updateSiteIdentity(db, {
      actorId,
      input: {
        name: "The Meridian",
        tagline: "",
        logo: logo.url,
        favicon: logo.url,
        accentColour: "#1A5FB4",
        announcementText: "Our spring offer ends Friday.",
        announcementHref: "/subscribe",
        navMode: "custom",
        nav: { [defence]: { show: "on", order: "20" }, [libya]: { show: "on", order: "10" }, [await categoryId("regions")]: { order: "1" } },
        links: { "0": { label: "About us", href: "/pages/about", order: "30" }, "1": { label: "", href: "", order: "0" } },
      },
    });
    expect(saved.tags).toEqual([ALL_PAGES_TAG]);
    const site = await getSiteIdentity(db);
    expect(site).toMatchObject({ name: "The Meridian", tagline: siteConfig.description, logo: logo.url, favicon: logo.url, accentColour: "#1a5fb4", announcement: { text: "Our spring offer ends Friday.", href: "/subscribe" } });
    await saveSection(db, { actorId, kind: "category", id: libya, input: { name: "Libya today", slug: "libya-today", parentId: String(await categoryId("north-africa")) } });
    expect(siteNavigation(site, await loadCategoryTree(db))).toEqual([
      { label: "Libya today", href: "/categories/libya-today" },
      { label: "Defence", href: "/categories/defence" },
      { label: "About us", href: "/pages/about" },
    ]);
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.action, "site.update"));
    expect(audit).toMatchObject({ actorId, targetId: "siteIdentity" });
    expect((await updateSiteIdentity(db, { actorId, input: { name: "The Meridian", logo: logo.url, favicon: logo.url, accentColour: "#1a5fb4", announcementText: "Our spring offer ends Friday.", announcementHref: "/subscribe", navMode: "custom", nav: { [libya]: { show: "on", order: "10" }, [defence]: { show: "on", order: "20" } }, links: { "0": { label: "About us", href: "/pages/about", order: "30" } } } })).message).toBe("Nothing changed.");
  });

  it("refuses script links, bad colours, unknown images and half-filled links with field errors", async () => {
    const refuse = (input: Record<string, unknown>) => expect(updateSiteIdentity(db, { actorId, input })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await refuse({ announcementText: "x", announcementHref: "javascript:alert(1)" });
    await refuse({ accentColour: "red; background: url(x)" });
    await refuse({ logo: "/media/00000000-0000-4000-8000-000000000000" });
    await refuse({ logo: "https://evil.example/logo.svg" });
    await expect(updateSiteIdentity(db, { actorId, input: { navMode: "custom", links: { "2": { label: "Shop", href: "//evil.example" } } } })).rejects.toMatchObject({ fieldErrors: { "links.2.href": expect.any(String) } });
    await expect(updateSiteIdentity(db, { actorId, input: { navMode: "custom", links: { "0": { label: "", href: "/x" } } } })).rejects.toMatchObject({ fieldErrors: { "links.0.label": expect.any(String) } });
  });

  it("an empty form restores every default", async () => {
    await updateSiteIdentity(db, { actorId, input: {} });
    expect(await getSiteIdentity(db)).toMatchObject({ name: siteConfig.name, logo: null, navigation: null, announcement: null, accentColour: null });
  });
});

describe("footer pages", () => {
  const now = new Date("2026-12-01T09:00:00Z");

  it("a written page is published, sanitized and linked from the footer; an empty body takes it down", async () => {
    expect(await listFooterLinks(db)).toEqual([]);
    await saveSitePage(db, { actorId, slug: "imprint", input: { title: "Imprint", bodyMarkdown: "Meridian Desk SRL, Brussels.\n\n<script>alert(1)</script>[x](javascript:alert(1))" }, now });
    await saveSitePage(db, { actorId, slug: "about", input: { title: "About us", bodyMarkdown: "We report on **European security**." }, now });
    expect(await listFooterLinks(db)).toEqual([
      { label: "About us", href: "/pages/about" },
      { label: "Imprint", href: "/pages/imprint" },
    ]);
    const imprint = await getSitePage(db, "imprint");
    expect(imprint!.bodyHtml).toContain("Meridian Desk SRL");
    expect(imprint!.bodyHtml).not.toMatch(/<script|javascript:/);
    await saveSitePage(db, { actorId, slug: "imprint", input: { title: "Imprint", bodyMarkdown: "  " }, now });
    expect(await getSitePage(db, "imprint")).toBeNull();
    expect((await listFooterLinks(db)).map((l) => l.href)).toEqual(["/pages/about"]);
  });

  it("refuses pages other than the five and an empty title", async () => {
    await expect(saveSitePage(db, { actorId, slug: "careers", input: { title: "Jobs" }, now })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(saveSitePage(db, { actorId, slug: "terms", input: { title: " " }, now })).rejects.toMatchObject({ fieldErrors: { title: "Enter a title." } });
    expect(await getSitePage(db, "careers")).toBeNull();
  });
});
