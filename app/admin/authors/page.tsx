import Link from "next/link";
import { getDb } from "@/db/client";
import { listAuthors } from "@/lib/admin/authors/list-authors";
import { requireStaff } from "../_lib/require-staff";

export const dynamic = "force-dynamic";

export default async function AuthorsPage() {
  await requireStaff("manageAuthors", "/admin/authors");
  const authors = await listAuthors(await getDb());
  return (
    <>
      <div className="actions-row">
        <h1>Authors</h1>
        <Link className="button primary" href="/admin/authors/new">
          New author
        </Link>
      </div>
      <table className="admin-table">
        <thead>
          <tr>
            <th>Name</th>
            <th>Role line</th>
            <th>Account</th>
            <th>Pieces</th>
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
