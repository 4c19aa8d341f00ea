import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { listNewsletters, listSectionChoices } from "@/lib/newsletters/list-newsletters";
import { requireStaff } from "../_lib/require-staff";
import { NewsletterForm } from "./newsletter-form";

export const dynamic = "force-dynamic";

/** The newsletters, their subscribers, and a form for a new one. */
export default async function NewslettersPage() {
  await requireStaff("publishArticles", "/admin/newsletters");
  const db = await getDb();
  const [newsletters, sections] = await Promise.all([listNewsletters(db), listSectionChoices(db)]);
  const t = await getTranslations("admin.newsletters");
  return (
    <>
      <h1>{t("heading")}</h1>
      {newsletters.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <table className="admin-table">
          <thead>
            <tr>
              <th>{t("name")}</th>
              <th>{t("cadence")}</th>
              <th>{t("subscribers")}</th>
            </tr>
          </thead>
          <tbody>
            {newsletters.map((n) => (
              <tr key={n.id}>
                <td>
                  <Link href={`/admin/newsletters/${n.id}`}>{n.name}</Link>
                </td>
                <td>{n.cadence === "digest" ? t("digest") : t("perArticle")}</td>
                <td>{n.subscribers}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t("new")}</h2>
      <NewsletterForm newsletter={null} sections={sections} />
    </>
  );
}
