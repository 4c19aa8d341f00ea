import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { messagesFor } from "@/lib/i18n/catalogue";
import { currentLocale } from "../_lib/locale";
import { siteConfig } from "@/lib/site-config";
import { can, type Capability } from "@/lib/admin/permissions";
import { requireStaff } from "./_lib/require-staff";
import "./admin.css";

export const dynamic = "force-dynamic";
export const metadata = { title: "Newsroom", robots: { index: false, follow: false } };

const NAV: { href: string; label: string; capability: Capability }[] = [
  { href: "/admin/articles", label: "Articles", capability: "writeArticles" },
  { href: "/admin/sections", label: "Sections", capability: "manageAccess" },
  { href: "/admin/access", label: "Access rules", capability: "manageAccess" },
  { href: "/admin/newsletters", label: "Newsletters", capability: "publishArticles" },
  { href: "/admin/members", label: "Members", capability: "manageMembers" },
  { href: "/admin/authors", label: "Authors", capability: "manageAuthors" },
  { href: "/admin/plans", label: "Plans", capability: "managePlans" },
  { href: "/admin/organisations", label: "Organisations", capability: "manageAccess" },
  { href: "/admin/settings", label: "Settings", capability: "manageAccess" },
  { href: "/admin/site", label: "Site", capability: "manageSiteSettings" },
  { href: "/admin/webhooks", label: "Webhooks", capability: "manageSiteSettings" },
  { href: "/admin/audit", label: "Audit log", capability: "viewAudit" },
  { href: "/admin/staff", label: "Staff", capability: "manageRoles" },
];

/** The newsroom frame: per request, never cached; every page below checks its own capability too. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const member = await requireStaff("viewAdmin", "/admin");
  const role = member.viewer.role;
  const messages = messagesFor(await currentLocale());
  return (
    <div className="admin">
      <header className="admin-header">
        <div className="container admin-bar">
          <Link href="/admin" className="admin-brand">
            {siteConfig.name} · Newsroom
          </Link>
          <nav aria-label="Newsroom">
            <ul>
              {NAV.filter((n) => can(role, n.capability)).map((n) => (
                <li key={n.href}>
                  <Link href={n.href}>{n.label}</Link>
                </li>
              ))}
            </ul>
          </nav>
          <span className="meta">
            {member.name ?? member.email} ({role}) · <Link href="/">Site</Link>
          </span>
        </div>
      </header>
      <main id="main" className="container admin-main">
        {/* The newsroom's client components (editor, forms) word themselves from `admin` and `adminPeople` too. */}
        <NextIntlClientProvider messages={{ common: messages.common, admin: messages.admin, adminPeople: messages.adminPeople }}>{children}</NextIntlClientProvider>
      </main>
    </div>
  );
}
