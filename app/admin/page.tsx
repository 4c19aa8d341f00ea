import Link from "next/link";
import { getDb } from "@/db/client";
import { can } from "@/lib/admin/permissions";
import { loadDashboard } from "@/lib/dashboard/load-dashboard";
import { DashboardView } from "./_components/dashboard/dashboard-view";
import { requireStaff } from "./_lib/require-staff";

export const dynamic = "force-dynamic";

/** The newsroom's front page: the business dashboard for editors and admins, then the way to every tool. */
export default async function AdminHome() {
  const member = await requireStaff("viewAdmin", "/admin");
  const role = member.viewer.role;
  const dashboard = can(role, "viewDashboard") ? await loadDashboard(await getDb(), new Date()) : null;
  return (
    <>
      <h1>Newsroom</h1>
      {dashboard && <DashboardView dashboard={dashboard} />}
      <h2>Tools</h2>
      <ul>
        <li>
          <Link href="/admin/articles">Articles</Link> — write, edit{can(role, "publishArticles") ? ", publish and schedule" : " and submit your drafts"}.
        </li>
        <li>
          <Link href="/admin/articles/new">Write a new article</Link>
        </li>
        {can(role, "manageAccess") && (
          <li>
            <Link href="/admin/access">Access rules</Link> — who may read each category and tag; <Link href="/admin/settings">level labels, teaser length, capabilities</Link>.
          </li>
        )}
        {can(role, "manageMembers") && (
          <li>
            <Link href="/admin/members">Members</Link> — find a reader, grant a level, a capability or complimentary access; import and export.
          </li>
        )}
        {can(role, "viewAudit") && (
          <li>
            <Link href="/admin/audit">Audit log</Link> — every change to access rules, entitlements, roles and settings.
          </li>
        )}
      </ul>
    </>
  );
}
