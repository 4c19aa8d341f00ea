import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { parseSerialId } from "@/lib/validation/ids";
import { loadArticleForEdit } from "@/lib/admin/articles/load-article-for-edit";
import { loadEditorOptions } from "@/lib/admin/articles/load-editor-options";
import { can, canEditArticle } from "@/lib/admin/permissions";
import { ArticleEditor } from "../../_components/article-editor";
import { requireStaff } from "../../_lib/require-staff";
import { toEditorArticle, toEditorChoices } from "../editor-props";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export default async function EditArticlePage({ params }: Props) {
  const { id: raw } = await params;
  const member = await requireStaff("writeArticles", `/admin/articles/${raw}`);
  const id = parseSerialId(raw);
  if (id === null) notFound();
  const db = await getDb();
  const [article, options] = await Promise.all([loadArticleForEdit(db, id), loadEditorOptions(db)]);
  if (!article) notFound();
  const viewer = { id: member.viewer.id, role: member.viewer.role };
  if (!canEditArticle(viewer, article)) forbidden();
  const role = member.viewer.role;
  return (
    <>
      <h1>Edit article</h1>
      <p className="meta">
        <Link href={`/articles/${article.slug}`}>View on the site</Link>
      </p>
      <ArticleEditor
        article={toEditorArticle(article, new Date())}
        choices={toEditorChoices(options)}
        canPublish={can(role, "publishArticles")}
        canChangeAccess={can(role, "manageAccess")}
        previewHref={`/admin/articles/${article.id}/preview`}
      />
    </>
  );
}
