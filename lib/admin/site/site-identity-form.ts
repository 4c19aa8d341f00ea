import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { LINK_HREF, MEDIA_URL } from "@/lib/settings/site-identity";

const text = (max: number) => z.string().trim().max(max, `Use at most ${max} characters.`).default("");
const order = z.coerce.number({ error: "Enter a number." }).int("Enter a whole number.").min(0, "At least 0.").max(999, "At most 999.").default(0);
const href = z.union([z.literal(""), z.string().max(500, "Use at most 500 characters.").regex(LINK_HREF, "Use a path of this site (/about) or an http(s) address.")]);
const image = z.union([z.literal(""), z.string().regex(MEDIA_URL, "Upload an image or leave empty.")]).default("");

/**
 * The site settings form as posted (app/admin/site): identity fields, the announcement, and
 * the navigation as one row per category (`nav.<id>.show`, `nav.<id>.order`) plus extra
 * link rows (`links.<n>.label|href|order`), ordered by their numbers.
 */
export const siteIdentityFormSchema = z.object({
  name: text(100),
  tagline: text(300),
  logo: image,
  favicon: image,
  accentColour: z.union([z.literal(""), z.string().trim().toLowerCase().regex(/^#[0-9a-f]{6}$/, "Use a colour such as #1a5fb4.")]).default(""),
  announcementText: text(300),
  announcementHref: href.default(""),
  language: z.enum(["", ...LOCALES], { error: "Choose a language." }).default(""),
  navMode: z.enum(["default", "custom"], { error: "Choose how the navigation is made." }).default("default"),
  nav: z.record(z.string().regex(/^\d{1,10}$/), z.object({ show: z.literal("on").optional(), order })).default({}),
  links: z.record(z.string().regex(/^\d{1,2}$/), z.object({ label: text(60), href: z.string().trim().default(""), order })).default({}),
});

export type SiteIdentityForm = z.infer<typeof siteIdentityFormSchema>;
