import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { messagesFor } from "@/lib/i18n/catalogue";
import { currentLocale } from "../_lib/locale";
import { siteConfig } from "@/lib/site-config";
import { can, type Capability } from "@/lib/admin/permissions";
import { requireStaff } from "./_lib/require-staff";
import "./admin.css";

export const dynamic = "force-dynamic";
export async function generateMetadata() {
  const t = await getTranslations("adminPeople.nav");
  return { title: t("newsroom"), robots: { index: false, follow: false } };
}

type NavKey = "articles" | "sections" | "access" | "newsletters" | "members" | "authors" | "plans" | "organisations" | "settings" | "site" | "webhooks" | "audit" | "staff";
const NAV: { href: string; label: NavKey; capability: Capability }[] = [
  { href: "/admin/articles", label: "articles", capability: "writeArticles" },
  { href: "/admin/sections", label: "sections", capability: "manageAccess" },
  { href: "/admin/access", label: "access", capability: "manageAccess" },
  { href: "/admin/newsletters", label: "newsletters", capability: "publishArticles" },
  { href: "/admin/members", label: "members", capability: "manageMembers" },
  { href: "/admin/authors", label: "authors", capability: "manageAuthors" },
  { href: "/admin/plans", label: "plans", capability: "managePlans" },
  { href: "/admin/organisations", label: "organisations", capability: "manageAccess" },
  { href: "/admin/settings", label: "settings", capability: "manageAccess" },
  { href: "/admin/site", label: "site", capability: "manageSiteSettings" },
  { href: "/admin/webhooks", label: "webhooks", capability: "manageSiteSettings" },
  { href: "/admin/audit", label: "audit", capability: "viewAudit" },
  { href: "/admin/staff", label: "staff", capability: "manageRoles" },
];

/** The newsroom frame: per request, never cached; every page below checks its own capability too. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const member = await requireStaff("viewAdmin", "/admin");
  const role = member.viewer.role;
  const messages = messagesFor(await currentLocale());
  const t = await getTranslations("adminPeople");
  return (
    <div className="admin">
      <header className="admin-header">
        <div className="container admin-bar">
          <Link href="/admin" className="admin-brand">
            {siteConfig.name} · {t("nav.newsroom")}
          </Link>
          <nav aria-label={t("nav.newsroom")}>
            <ul>
              {NAV.filter((n) => can(role, n.capability)).map((n) => (
                <li key={n.href}>
                  <Link href={n.href}>{t(`nav.${n.label}`)}</Link>
                </li>
              ))}
            </ul>
          </nav>
          <span className="meta">
            {member.name ?? member.email} ({t(`roles.${role}`)}) · <Link href="/">{t("nav.viewSite")}</Link>
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
