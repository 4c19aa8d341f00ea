import { inArray } from "drizzle-orm";
import { inTransaction, type Database } from "@/db/client";
import { categories, media, settings } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { ALL_PAGES_TAG } from "@/lib/page-tags/page-tags";
import { getStoredSiteIdentity, LINK_HREF, SITE_IDENTITY_KEY, type NavItem, type StoredSiteIdentity } from "@/lib/settings/site-identity";
import { recordAudit } from "../audit/record-audit";
import { parseInput } from "../parse-input";
import { siteIdentityFormSchema, type SiteIdentityForm } from "./site-identity-form";
import { translator } from "@/lib/i18n/translator";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

const INVALID = "Please correct the highlighted fields.";
/** A favicon is fetched by every first visit: keep it small. */
const MAX_FAVICON_BYTES = 512 * 1024;

/** The custom navigation from the form's rows, by their order numbers (ties: sections first, then as listed). */
function navigationOf(form: SiteIdentityForm, knownIds: ReadonlySet<number>): NavItem[] {
  const errors: Record<string, string> = {};
  const rows: { order: number; item: NavItem }[] = [];
  for (const [id, row] of Object.entries(form.nav)) if (row.show && knownIds.has(Number(id))) rows.push({ order: row.order, item: { kind: "section", categoryId: Number(id) } });
  for (const [n, row] of Object.entries(form.links)) {
    if (!row.label && !row.href) continue;
    if (!row.label) errors[`links.${n}.label`] = "Enter the link's text.";
    else if (!LINK_HREF.test(row.href) || row.href.length > 500) errors[`links.${n}.href`] = "Use a path of this site (/about) or an http(s) address.";
    else rows.push({ order: row.order, item: { kind: "link", label: row.label, href: row.href } });
  }
  if (Object.keys(errors).length > 0) throw new AppError("INVALID_INPUT", INVALID, errors);
  return rows.sort((a, b) => a.order - b.order).map((r) => r.item);
}

/** Uploaded images must exist (lib/admin/media checked their type); a favicon must be small. */
async function checkImages(db: Database, form: SiteIdentityForm): Promise<void> {
  const ids = [form.logo, form.favicon].filter(Boolean).map((url) => url.slice("/media/".length));
  if (ids.length === 0) return;
  const rows = await db.select({ id: media.id, bytes: media.bytes }).from(media).where(inArray(media.id, ids));
  for (const field of ["logo", "favicon"] as const) {
    if (!form[field]) continue;
    const row = rows.find((r) => `/media/${r.id}` === form[field]);
    if (!row) throw new AppError("INVALID_INPUT", INVALID, { [field]: "This image is gone: upload it again." });
    if (field === "favicon" && row.bytes > MAX_FAVICON_BYTES) throw new AppError("INVALID_INPUT", INVALID, { favicon: "A favicon may be up to 512 KB." });
  }
}

/**
 * Saves the site's name, tagline, logo, favicon, accent colour, announcement and navigation
 * (admins only, app/api/admin/site). Empty fields fall back to the environment's defaults
 * (lib/settings/site-identity). Audited; every page shows these, so all are purged.
 */
export async function updateSiteIdentity(db: Database, options: { actorId: string; input: unknown; locale?: Locale }): Promise<{ message: string; tags: string[] }> {
  const form = parseInput(siteIdentityFormSchema, options.input);
  const say = translator(options.locale ?? DEFAULT_LOCALE, "adminPeople");
  await checkImages(db, form);
  const navIds = Object.keys(form.nav).map(Number);
  const known = navIds.length === 0 ? [] : await db.select({ id: categories.id }).from(categories).where(inArray(categories.id, navIds));
  const next: StoredSiteIdentity = {
    name: form.name,
    tagline: form.tagline,
    logo: form.logo,
    favicon: form.favicon,
    accentColour: form.accentColour,
    navigation: form.navMode === "custom" ? navigationOf(form, new Set(known.map((k) => k.id))) : null,
    announcement: { text: form.announcementText, href: form.announcementText ? form.announcementHref : "" },
    language: form.language,
  };
  return inTransaction(db, async (t) => {
    const before = await getStoredSiteIdentity(t);
    if (JSON.stringify(before) === JSON.stringify(next)) return { message: say("answers.nothingChanged"), tags: [] };
    await t.insert(settings).values({ key: SITE_IDENTITY_KEY, value: next }).onConflictDoUpdate({ target: settings.key, set: { value: next } });
    await recordAudit(t, { actorId: options.actorId, action: "site.update", targetType: "setting", targetId: SITE_IDENTITY_KEY, before, after: next });
    return { message: say("answers.siteSaved"), tags: [ALL_PAGES_TAG] };
  });
}
