import { AuthorForm } from "../../_components/author-form";
import { requireStaff } from "../../_lib/require-staff";

export const dynamic = "force-dynamic";

export default async function NewAuthorPage() {
  await requireStaff("manageAuthors", "/admin/authors/new");
  return (
    <>
      <h1>New author</h1>
      <AuthorForm author={null} />
    </>
  );
}
