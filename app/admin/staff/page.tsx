import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PostButton } from "@/app/_components/post-button";
import { getDb } from "@/db/client";
import { listStaff } from "@/lib/admin/members/list-staff";
import { listPendingInvitations } from "@/lib/admin/staff/list-staff-invitations";
import { formatDate } from "@/lib/i18n/format";
import { ROLES } from "@/lib/admin/permissions";
import type { Role } from "@/lib/access/types";
import { currentLocale } from "@/app/_lib/locale";
import { AdminForm } from "../_components/admin-form";
import { UnverifiedMark } from "../_components/unverified-mark";
import { SelectField, TextField } from "../_components/fields";
import { requireStaff } from "../_lib/require-staff";

export const dynamic = "force-dynamic";

/** Staff roles: authors write, editors publish and manage access and members, admins also roles and settings. */
export default async function StaffPage() {
  await requireStaff("manageRoles", "/admin/staff");
  const db = await getDb();
  const [staff, invitations, t, tp, locale] = await Promise.all([listStaff(db), listPendingInvitations(db, new Date()), getTranslations("adminPeople.staff"), getTranslations("adminPeople"), currentLocale()]);
  const roleText = (role: string) => (ROLES.find((r) => r === role) ? tp(`roles.${role as Role}`) : role);
  const roles = ROLES.map((r) => ({ value: r, label: roleText(r) }));
  const staffRoles = roles.filter((r) => r.value !== "reader");
  return (
    <>
      <h1>{t("title")}</h1>
      <table className="admin-table">
        <thead>
          <tr>
            <th>{t("email")}</th>
            <th>{t("name")}</th>
            <th>{t("role")}</th>
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
                <AdminForm action={`/api/admin/members/${s.id}/role`} className="inline-form" label={t("roleOf", { email: s.email ?? "" })}>
                  <SelectField name="role" label={t("role")} defaultValue={s.role} options={roles} />
                  <TextField name="reason" label={t("reason")} />
                  <button className="button" type="submit">
                    {t("changeRole")}
                  </button>
                </AdminForm>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{t("invite")}</h2>
      <p>{t("inviteIntro")}</p>
      <AdminForm action="/api/admin/staff/invitations" className="inline-form" label={t("invite")} resetOnSuccess>
        <TextField name="email" type="email" label={t("email")} />
        <SelectField name="role" label={t("role")} defaultValue="author" options={staffRoles} />
        <button className="button" type="submit">
          {t("sendInvitation")}
        </button>
      </AdminForm>
      {invitations.length > 0 && (
        <>
          <h3>{t("pending")}</h3>
          <table className="admin-table" aria-label={t("pending")}>
            <thead>
              <tr>
                <th>{t("email")}</th>
                <th>{t("role")}</th>
                <th>{t("expires")}</th>
                <th></th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((i) => (
                <tr key={i.id}>
                  <td>{i.email}</td>
                  <td>{roleText(i.role)}</td>
                  <td>{formatDate(i.expiresAt, locale)}</td>
                  <td>
                    <PostButton action={`/api/admin/staff/invitations/${i.id}/revoke`} label={t("withdraw")} className="button danger" confirm={t("withdrawConfirm", { email: i.email })} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      <h2>{t("give")}</h2>
      <AdminForm action="/api/admin/staff" className="inline-form" label={t("giveLabel")}>
        <TextField name="email" type="email" label={t("accountEmail")} />
        <SelectField name="role" label={t("role")} defaultValue="author" options={roles} />
        <TextField name="reason" label={t("reason")} />
        <button className="button" type="submit">
          {t("save")}
        </button>
      </AdminForm>
    </>
  );
}
