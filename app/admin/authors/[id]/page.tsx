import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { listAuthors } from "@/lib/admin/authors/list-authors";
import { AuthorForm } from "../../_components/author-form";
import { getTranslations } from "next-intl/server";
import { requireStaff } from "../../_lib/require-staff";

export const dynamic = "force-dynamic";

export default async function EditAuthorPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireStaff("manageAuthors", `/admin/authors/${id}`);
  const author = (await listAuthors(await getDb())).find((a) => String(a.id) === id);
  if (!author) notFound();
  const t = await getTranslations("admin.authors");
  return (
    <>
      <h1>{author.name}</h1>
      <p className="meta">
        <Link href={`/authors/${author.slug}`}>{t("viewPage")}</Link>
      </p>
      <AuthorForm author={author} />
    </>
  );
}
