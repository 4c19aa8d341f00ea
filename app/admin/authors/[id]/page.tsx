import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { listAuthors } from "@/lib/admin/authors/list-authors";
import { AuthorForm } from "../../_components/author-form";
import { requireStaff } from "../../_lib/require-staff";

export const dynamic = "force-dynamic";

export default async function EditAuthorPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireStaff("manageAuthors", `/admin/authors/${id}`);
  const author = (await listAuthors(await getDb())).find((a) => String(a.id) === id);
  if (!author) notFound();
  return (
    <>
      <h1>{author.name}</h1>
      <p className="meta">
        <Link href={`/authors/${author.slug}`}>View the author page</Link>
      </p>
      <AuthorForm author={author} />
    </>
  );
}
