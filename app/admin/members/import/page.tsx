import { CsvImport } from "../../_components/csv-import";
import { requireStaff } from "../../_lib/require-staff";

export const dynamic = "force-dynamic";

export default async function ImportMembersPage() {
  await requireStaff("manageMembers", "/admin/members/import");
  return (
    <>
      <h1>Import members</h1>
      <p>
        A CSV file with a header line. Columns: <code>email</code> (required), <code>name</code>, <code>level</code> (0–4), <code>level_until</code> (YYYY-MM-DD: the level is then complimentary until
        that day), <code>ccaps</code> (<code>name</code> or <code>name:YYYY-MM-DD</code>, separated by <code>;</code>). The export from the members page has the same columns. New members are
        created without a password and sign in with an e-mail link. Nothing is imported while any row has an error.
      </p>
      <CsvImport />
    </>
  );
}
