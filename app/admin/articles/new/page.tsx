import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { loadEditorOptions } from "@/lib/admin/articles/load-editor-options";
import { can } from "@/lib/admin/permissions";
import { ArticleEditor } from "../../_components/article-editor";
import { requireStaff } from "../../_lib/require-staff";
import { toEditorChoices } from "../editor-props";

export const dynamic = "force-dynamic";

export default async function NewArticlePage() {
  const member = await requireStaff("writeArticles", "/admin/articles/new");
  const options = await loadEditorOptions(await getDb());
  const role = member.viewer.role;
  const t = await getTranslations("admin.editor");
  return (
    <>
      <h1>{t("newHeading")}</h1>
      <ArticleEditor article={null} choices={toEditorChoices(options)} canPublish={can(role, "publishArticles")} canChangeAccess={can(role, "manageAccess")} previewHref={null} />
    </>
  );
}
