import { AuthorForm } from "../../_components/author-form";
import { getTranslations } from "next-intl/server";
import { requireStaff } from "../../_lib/require-staff";

export const dynamic = "force-dynamic";

export default async function NewAuthorPage() {
  await requireStaff("manageAuthors", "/admin/authors/new");
  const t = await getTranslations("admin.authors");
  return (
    <>
      <h1>{t("new")}</h1>
      <AuthorForm author={null} />
    </>
  );
}
