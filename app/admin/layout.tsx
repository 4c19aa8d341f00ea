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
// Each section lives at /admin/<key> and is named by adminPeople.nav.<key>.
const NAV: { key: NavKey; capability: Capability }[] = [
  { key: "articles", capability: "writeArticles" },
  { key: "sections", capability: "manageAccess" },
  { key: "access", capability: "manageAccess" },
  { key: "newsletters", capability: "publishArticles" },
  { key: "members", capability: "manageMembers" },
  { key: "authors", capability: "manageAuthors" },
  { key: "plans", capability: "managePlans" },
  { key: "organisations", capability: "manageAccess" },
  { key: "settings", capability: "manageAccess" },
  { key: "site", capability: "manageSiteSettings" },
  { key: "webhooks", capability: "manageSiteSettings" },
  { key: "audit", capability: "viewAudit" },
  { key: "staff", capability: "manageRoles" },
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
                <li key={n.key}>
                  <Link href={`/admin/${n.key}`}>{t(`nav.${n.key}`)}</Link>
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
