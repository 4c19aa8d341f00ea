import Link from "next/link";
import { getTranslations } from "next-intl/server";
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
  const [site, rules, t] = await Promise.all([getStoredSiteIdentity(db), loadAccessRules(db), getTranslations("adminPeople.site")]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p>
        {t.rich("footerPages", { link: (chunks) => <Link href="/admin/site/pages">{chunks}</Link> })}
      </p>
      <p>{t("intro")}</p>
      <AdminForm action="/api/admin/site" label={t("formLabel")}>
        <TextField name="name" label={t("name")} defaultValue={site.name} placeholder={siteConfig.name} />
        <TextField name="tagline" label={t("tagline")} defaultValue={site.tagline} placeholder={siteConfig.description} />
        <ImageUpload name="logo" label={t("logo")} initial={site.logo || null} />
        <ImageUpload name="favicon" label={t("favicon")} initial={site.favicon || null} />
        <TextField name="accentColour" label={t("accentColour")} defaultValue={site.accentColour} placeholder="#1a5fb4" hint={t("accentColourHint")} />
        <SelectField
          name="language"
          label={t("language")}
          defaultValue={site.language}
          options={[{ value: "", label: t("languageDefault", { language: LOCALE_NAMES[siteConfig.language] }) }, ...LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))]}
          hint={t("languageHint")}
        />
        <TextField name="announcementText" label={t("announcementText")} defaultValue={site.announcement.text} hint={t("announcementHint")} />
        <TextField name="announcementHref" label={t("announcementHref")} defaultValue={site.announcement.href} placeholder="/subscribe" />
        <SelectField
          name="navMode"
          label={t("navigation")}
          defaultValue={site.navigation ? "custom" : "default"}
          options={[
            { value: "default", label: t("navDefault") },
            { value: "custom", label: t("navCustom") },
          ]}
        />
        <NavigationFields categories={rules.categories} navigation={site.navigation} />
        <button className="button primary" type="submit">
          {t("save")}
        </button>
      </AdminForm>
    </>
  );
}
