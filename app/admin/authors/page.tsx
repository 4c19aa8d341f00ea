import Link from "next/link";
import { getDb } from "@/db/client";
import { listAuthors } from "@/lib/admin/authors/list-authors";
import { getTranslations } from "next-intl/server";
import { requireStaff } from "../_lib/require-staff";

export const dynamic = "force-dynamic";

export default async function AuthorsPage() {
  await requireStaff("manageAuthors", "/admin/authors");
  const authors = await listAuthors(await getDb());
  const t = await getTranslations("admin.authors");
  return (
    <>
      <div className="actions-row">
        <h1>{t("heading")}</h1>
        <Link className="button primary" href="/admin/authors/new">
          {t("new")}
        </Link>
      </div>
      <table className="admin-table">
        <thead>
          <tr>
            <th>{t("name")}</th>
            <th>{t("roleLine")}</th>
            <th>{t("account")}</th>
            <th>{t("pieces")}</th>
          </tr>
        </thead>
        <tbody>
          {authors.map((a) => (
            <tr key={a.id}>
              <td>
                <Link href={`/admin/authors/${a.id}`}>{a.name}</Link>
              </td>
              <td>{a.roleLine}</td>
              <td>{a.userEmail ?? "—"}</td>
              <td>{a.pieces}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
