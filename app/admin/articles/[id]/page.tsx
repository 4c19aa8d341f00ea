import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { forbidden, notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { parseSerialId } from "@/lib/validation/ids";
import { loadArticleForEdit } from "@/lib/admin/articles/load-article-for-edit";
import { loadEditorOptions } from "@/lib/admin/articles/load-editor-options";
import { loadArticleSeo } from "@/lib/admin/editor/article-seo-rows";
import { can, canEditArticle } from "@/lib/admin/permissions";
import { ArticleEditor } from "../../_components/article-editor";
import { requireStaff } from "../../_lib/require-staff";
import { toEditorArticle, toEditorChoices } from "../editor-props";
import { GiftLinkTable } from "@/app/_components/gift-link-table";
import { PostButton } from "@/app/_components/post-button";
import { listGiftLinks } from "@/lib/access/gift/list-gift-links";
import { env } from "@/lib/env";
import { NewsletterSend } from "./newsletter-send";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export default async function EditArticlePage({ params }: Props) {
  const { id: raw } = await params;
  const member = await requireStaff("writeArticles", `/admin/articles/${raw}`);
  const id = parseSerialId(raw);
  if (id === null) notFound();
  const db = await getDb();
  const [article, options, seo] = await Promise.all([loadArticleForEdit(db, id), loadEditorOptions(db), loadArticleSeo(db, id)]);
  if (!article) notFound();
  const viewer = { id: member.viewer.id, role: member.viewer.role };
  if (!canEditArticle(viewer, article)) forbidden();
  const role = member.viewer.role;
  const secret = env().AUTH_SECRET;
  const giftLinks = can(role, "manageAccess") && secret ? await listGiftLinks(db, { publisherLinksOf: article.id }, secret) : null;
  const now = new Date();
  const t = await getTranslations("admin.editor");
  return (
    <>
      <h1>{t("editHeading")}</h1>
      <p className="meta">
        <Link href={`/articles/${article.slug}`}>{t("viewOnSite")}</Link>
      </p>
      <ArticleEditor
        article={toEditorArticle(article, new Date(), seo)}
        choices={toEditorChoices(options)}
        canPublish={can(role, "publishArticles")}
        canChangeAccess={can(role, "manageAccess")}
        previewHref={`/admin/articles/${article.id}/preview`}
        revisionsHref={`/admin/articles/${article.id}/revisions`}
      />
      {can(role, "publishArticles") && <NewsletterSend articleId={article.id} />}
      {giftLinks && (
        <section data-testid="publisher-gift-links">
          <h2>{t("giftLinks")}</h2>
          <p className="meta">{t("giftLinksHint")}</p>
          {giftLinks.length > 0 && <GiftLinkTable links={giftLinks} action="/api/admin/gift-links" now={now} origin={env().publicOrigin} className="admin-table" testId="publisher-gift-links-table" />}
          <PostButton action="/api/admin/gift-links" body={{ action: "create", articleId: String(article.id) }} label={t("makeGiftLink")} className="button" />
        </section>
      )}
    </>
  );
}
