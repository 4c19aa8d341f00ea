import { getTranslations } from "next-intl/server";
import { CsvImport } from "../../_components/csv-import";
import { requireStaff } from "../../_lib/require-staff";

export const dynamic = "force-dynamic";

export default async function ImportMembersPage() {
  await requireStaff("manageMembers", "/admin/members/import");
  const t = await getTranslations("adminPeople.members.import");
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t.rich("intro", { code: (chunks) => <code>{chunks}</code> })}</p>
      <CsvImport />
    </>
  );
}
