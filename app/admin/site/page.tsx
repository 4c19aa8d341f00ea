import Link from "next/link";
import { getDb } from "@/db/client";
import { loadAccessRules } from "@/lib/admin/access/load-access-rules";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { getStoredSiteIdentity } from "@/lib/settings/site-identity";
import { siteConfig } from "@/lib/site-config";
import { AdminForm } from "../_components/admin-form";
import { SelectField, TextField } from "../_components/fields";
import { ImageUpload } from "../_components/image-upload";
import { requireStaff } from "../_lib/require-staff";
import { NavigationFields } from "./navigation-fields";

export const dynamic = "force-dynamic";

/** The site as readers see it: identity, colour, navigation, announcement (admins). */
export default async function SiteSettingsPage() {
  await requireStaff("manageSiteSettings", "/admin/site");
  const db = await getDb();
  const [site, rules] = await Promise.all([getStoredSiteIdentity(db), loadAccessRules(db)]);
  return (
    <>
      <h1>Site</h1>
      <p>
        <Link href="/admin/site/pages">Footer pages</Link> (About, Contact, Privacy, Terms, Imprint) are written on their own page.
      </p>
      <p>Empty fields use the server’s defaults (LEDE_SITE_NAME, LEDE_SITE_DESCRIPTION). Changes show on every page at once and are recorded in the audit log.</p>
      <AdminForm action="/api/admin/site" label="Site settings">
        <TextField name="name" label="Site name" defaultValue={site.name} placeholder={siteConfig.name} />
        <TextField name="tagline" label="Tagline" defaultValue={site.tagline} placeholder={siteConfig.description} />
        <ImageUpload name="logo" label="Logo" initial={site.logo || null} />
        <ImageUpload name="favicon" label="Favicon (a square PNG, up to 512 KB)" initial={site.favicon || null} />
        <TextField name="accentColour" label="Accent colour" defaultValue={site.accentColour} placeholder="#1a5fb4" hint="A hex colour (#rrggbb); empty keeps the stylesheet's. Keep it dark enough for white text." />
        <SelectField
          name="language"
          label="Language"
          defaultValue={site.language}
          options={[{ value: "", label: `The server's default (${LOCALE_NAMES[siteConfig.language]})` }, ...LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))]}
          hint="The language of menus, the paywall, account pages, e-mails and Checkout, and of dates and prices. Each article has its own language too."
        />
        <TextField name="announcementText" label="Announcement bar" defaultValue={site.announcement.text} hint="A line above every page; empty hides the bar." />
        <TextField name="announcementHref" label="Announcement link" defaultValue={site.announcement.href} placeholder="/subscribe" />
        <SelectField
          name="navMode"
          label="Navigation"
          defaultValue={site.navigation ? "custom" : "default"}
          options={[
            { value: "default", label: "Default: every top-level section and its subsections" },
            { value: "custom", label: "Custom: the sections ticked below and extra links, in the order given" },
          ]}
        />
        <NavigationFields categories={rules.categories} navigation={site.navigation} />
        <button className="button primary" type="submit">
          Save
        </button>
      </AdminForm>
    </>
  );
}
