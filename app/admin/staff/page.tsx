import Link from "next/link";
import { getDb } from "@/db/client";
import { listStaff } from "@/lib/admin/members/list-staff";
import { AdminForm } from "../_components/admin-form";
import { UnverifiedMark } from "../_components/unverified-mark";
import { SelectField, TextField } from "../_components/fields";
import { requireStaff } from "../_lib/require-staff";

export const dynamic = "force-dynamic";

const ROLES = ["reader", "author", "editor", "admin"].map((r) => ({ value: r, label: r }));

/** Staff roles: authors write, editors publish and manage access and members, admins also roles and settings. */
export default async function StaffPage() {
  await requireStaff("manageRoles", "/admin/staff");
  const staff = await listStaff(await getDb());
  return (
    <>
      <h1>Staff</h1>
      <table className="admin-table">
        <thead>
          <tr>
            <th>E-mail</th>
            <th>Name</th>
            <th>Role</th>
          </tr>
        </thead>
        <tbody>
          {staff.map((s) => (
            <tr key={s.id}>
              <td>
                <Link href={`/admin/members/${s.id}`}>{s.email}</Link>
                <UnverifiedMark isVerified={s.isVerified} />
              </td>
              <td>{s.name}</td>
              <td>{s.role}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Give a role</h2>
      <AdminForm action="/api/admin/staff" className="inline-form" label="Give a role">
        <TextField name="email" type="email" label="E-mail of the account" />
        <SelectField name="role" label="Role" defaultValue="author" options={ROLES} />
        <TextField name="reason" label="Reason" />
        <button className="button" type="submit">
          Save
        </button>
      </AdminForm>
    </>
  );
}
