import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db/client";
import { settings } from "@/db/schema";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { siteConfig } from "@/lib/site-config";

/** Where `settings` keeps the site identity (one JSON value, read only here). */
export const SITE_IDENTITY_KEY = "siteIdentity";

/** An uploaded image as the media route serves it (lib/admin/media: PNG, JPEG, WebP or GIF; never SVG). */
export const MEDIA_URL = /^\/media\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** A link the newsroom may put in its navigation or announcement: a path of this site, or an http(s) address. */
export const LINK_HREF = /^(?:\/(?!\/)[^\s<>"]*|https?:\/\/[^\s<>"/]+(?:\/[^\s<>"]*)?)$/;

const navItemSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("section"), categoryId: z.number().int().min(1) }),
  z.object({ kind: z.literal("link"), label: z.string().min(1).max(60), href: z.string().regex(LINK_HREF).max(500) }),
]);

/** What is stored: empty values and a null navigation mean "the default". */
export const storedSiteIdentitySchema = z.object({
  name: z.string().max(100),
  tagline: z.string().max(300),
  logo: z.union([z.literal(""), z.string().regex(MEDIA_URL)]),
  favicon: z.union([z.literal(""), z.string().regex(MEDIA_URL)]),
  accentColour: z.union([z.literal(""), z.string().regex(/^#[0-9a-f]{6}$/)]),
  navigation: z.array(navItemSchema).max(30).nullable(),
  announcement: z.object({ text: z.string().max(300), href: z.union([z.literal(""), z.string().regex(LINK_HREF).max(500)]) }),
  /** The interface's language; "" = the server's default (LEDE_SITE_LANGUAGE). Older stored values lack it. */
  language: z.union([z.literal(""), z.enum(LOCALES)]).default(""),
});

export type StoredSiteIdentity = z.infer<typeof storedSiteIdentitySchema>;
export type NavItem = z.infer<typeof navItemSchema>;

export const EMPTY_SITE_IDENTITY: StoredSiteIdentity = { name: "", tagline: "", logo: "", favicon: "", accentColour: "", navigation: null, announcement: { text: "", href: "" }, language: "" };

/** The site as readers see it: the newsroom's settings over the environment's defaults (lib/site-config). */
export interface SiteIdentity {
  name: string;
  tagline: string;
  logo: string | null;
  favicon: string | null;
  /** `#rrggbb`, or null for the stylesheet's own. */
  accentColour: string | null;
  /** The navigation as the newsroom ordered it, or null: the default (every top-level section and its children). */
  navigation: NavItem[] | null;
  /** A line shown above every page, or null. */
  announcement: { text: string; href: string | null } | null;
  /** The language of the site's interface (menus, paywall, e-mails, dates and prices). */
  language: Locale;
}

/** The stored value, or the empty one when it is missing or malformed (a bad row never breaks a page). */
export async function getStoredSiteIdentity(db: Database): Promise<StoredSiteIdentity> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, SITE_IDENTITY_KEY)).limit(1);
  const parsed = storedSiteIdentitySchema.safeParse(row?.value);
  return parsed.success ? parsed.data : EMPTY_SITE_IDENTITY;
}

/** The site's name, tagline, images, colour, navigation and announcement, with the defaults filled in. */
export async function getSiteIdentity(db: Database): Promise<SiteIdentity> {
  const s = await getStoredSiteIdentity(db);
  return {
    name: s.name || siteConfig.name,
    tagline: s.tagline || siteConfig.description,
    logo: s.logo || null,
    favicon: s.favicon || null,
    accentColour: s.accentColour || null,
    navigation: s.navigation,
    announcement: s.announcement.text ? { text: s.announcement.text, href: s.announcement.href || null } : null,
    language: s.language || siteConfig.language,
  };
}
