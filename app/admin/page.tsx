import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
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
  const t = await getTranslations("adminPeople.home");
  const link = (href: string) =>
    function ToolLink(chunks: ReactNode) {
      return <Link href={href}>{chunks}</Link>;
    };
  return (
    <>
      <h1>{t("title")}</h1>
      {dashboard && <DashboardView dashboard={dashboard} />}
      <h2>{t("tools")}</h2>
      <ul>
        <li>{t.rich(can(role, "publishArticles") ? "articlesPublish" : "articlesSubmit", { link: link("/admin/articles") })}</li>
        <li>
          <Link href="/admin/articles/new">{t("newArticle")}</Link>
        </li>
        {can(role, "manageAccess") && <li>{t.rich("access", { access: link("/admin/access"), settings: link("/admin/settings") })}</li>}
        {can(role, "manageMembers") && <li>{t.rich("members", { link: link("/admin/members") })}</li>}
        {can(role, "viewAudit") && <li>{t.rich("audit", { link: link("/admin/audit") })}</li>}
      </ul>
    </>
  );
}
