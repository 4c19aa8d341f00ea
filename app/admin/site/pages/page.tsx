import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { listSitePages } from "@/lib/site-pages/list-site-pages";
import { sitePagePath } from "@/lib/site-pages/site-page-kinds";
import { AdminForm } from "../../_components/admin-form";
import { TextAreaField, TextField } from "../../_components/fields";
import { requireStaff } from "../../_lib/require-staff";

export const dynamic = "force-dynamic";

/** The footer pages: About, Contact, Privacy, Terms, Imprint (Markdown; an empty body hides a page). */
export default async function SitePagesPage() {
  await requireStaff("manageSiteSettings", "/admin/site/pages");
  const [pages, t] = await Promise.all([listSitePages(await getDb()), getTranslations("adminPeople.site.pages")]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {pages.map((p) => (
        <section key={p.slug} className="rule" aria-label={p.title}>
          <h2>
            {p.title} {p.published && <Link href={sitePagePath(p.slug)}>{sitePagePath(p.slug)}</Link>}
          </h2>
          <AdminForm action={`/api/admin/site/pages/${p.slug}`} label={t("formLabel", { slug: p.slug })}>
            <TextField name="title" label={t("pageTitle")} defaultValue={p.title} />
            <TextAreaField name="bodyMarkdown" label={t("body")} defaultValue={p.bodyMarkdown} rows={8} />
            <button className="button primary" type="submit">
              {t("save")}
            </button>
          </AdminForm>
        </section>
      ))}
    </>
  );
}
