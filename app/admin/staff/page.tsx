import Link from "next/link";
import { PostButton } from "@/app/_components/post-button";
import { getDb } from "@/db/client";
import { listStaff } from "@/lib/admin/members/list-staff";
import { listPendingInvitations } from "@/lib/admin/staff/list-staff-invitations";
import { formatDate } from "@/lib/content/format-date";
import { AdminForm } from "../_components/admin-form";
import { UnverifiedMark } from "../_components/unverified-mark";
import { SelectField, TextField } from "../_components/fields";
import { requireStaff } from "../_lib/require-staff";

export const dynamic = "force-dynamic";

const ROLES = ["reader", "author", "editor", "admin"].map((r) => ({ value: r, label: r }));
const STAFF_ROLES = ROLES.filter((r) => r.value !== "reader");

/** Staff roles: authors write, editors publish and manage access and members, admins also roles and settings. */
export default async function StaffPage() {
  await requireStaff("manageRoles", "/admin/staff");
  const db = await getDb();
  const [staff, invitations] = await Promise.all([listStaff(db), listPendingInvitations(db, new Date())]);
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
              <td>
                <AdminForm action={`/api/admin/members/${s.id}/role`} className="inline-form" label={`Role of ${s.email}`}>
                  <SelectField name="role" label="Role" defaultValue={s.role} options={ROLES} />
                  <TextField name="reason" label="Reason" />
                  <button className="button" type="submit">
                    Change role
                  </button>
                </AdminForm>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>Invite by e-mail</h2>
      <p>The address gets a link; the role is theirs once they follow it, signed in with that address (which proves they hold it).</p>
      <AdminForm action="/api/admin/staff/invitations" className="inline-form" label="Invite by e-mail" resetOnSuccess>
        <TextField name="email" type="email" label="E-mail" />
        <SelectField name="role" label="Role" defaultValue="author" options={STAFF_ROLES} />
        <button className="button" type="submit">
          Send invitation
        </button>
      </AdminForm>
      {invitations.length > 0 && (
        <>
          <h3>Pending invitations</h3>
          <table className="admin-table" aria-label="Pending invitations">
            <thead>
              <tr>
                <th>E-mail</th>
                <th>Role</th>
                <th>Expires</th>
                <th></th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((i) => (
                <tr key={i.id}>
                  <td>{i.email}</td>
                  <td>{i.role}</td>
                  <td>{formatDate(i.expiresAt)}</td>
                  <td>
                    <PostButton action={`/api/admin/staff/invitations/${i.id}/revoke`} label="Withdraw" className="button danger" confirm={`Withdraw the invitation of ${i.email}?`} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      <h2>Give a role to an existing account</h2>
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
