import type { Role } from "@/lib/access/types";

/**
 * What each staff role may do in /admin. This table is the one place that answers
 * "may this role do that"; pages, route handlers and the authorization matrix test
 * all read it (DESIGN.md: author < editor < admin).
 */
export type Capability =
  | "viewAdmin"
  | "viewDashboard"
  | "writeArticles"
  | "publishArticles"
  | "editAnyArticle"
  | "manageAccess"
  | "manageMembers"
  | "manageAuthors"
  | "managePlans"
  | "viewAudit"
  | "manageSiteSettings"
  | "manageRoles";

const AUTHOR: readonly Capability[] = ["viewAdmin", "writeArticles"];
const EDITOR: readonly Capability[] = [
  ...AUTHOR,
  "viewDashboard",
  "publishArticles",
  "editAnyArticle",
  "manageAccess",
  "manageMembers",
  "manageAuthors",
  "managePlans",
  "viewAudit",
];
const ADMIN: readonly Capability[] = [...EDITOR, "manageSiteSettings", "manageRoles"];

export const CAPABILITIES: Record<Role, readonly Capability[]> = {
  reader: [],
  author: AUTHOR,
  editor: EDITOR,
  admin: ADMIN,
};

export const ROLES: readonly Role[] = ["reader", "author", "editor", "admin"];

export function can(role: Role, capability: Capability): boolean {
  return CAPABILITIES[role].includes(capability);
}

const RANK: Record<Role, number> = { reader: 0, author: 1, editor: 2, admin: 3 };

/**
 * The one rule for acting on someone's account (entitlements, sessions, role, an import
 * row): staff act only on accounts below their own role, so an editor cannot sign an admin
 * out or change an admin's (or another editor's) access. Admins, at the top, act on every
 * account: someone has to manage admins (the last admin still cannot step down).
 */
export function canActOnMember(actorRole: Role, targetRole: Role): boolean {
  return actorRole === "admin" || RANK[targetRole] < RANK[actorRole];
}

export interface StaffViewer {
  id: string;
  role: Role;
}

export interface ArticleOwnership {
  status: "draft" | "submitted" | "published";
  /** User accounts linked to the article's bylines. */
  authorUserIds: readonly string[];
}

/**
 * Authors edit their own pieces until an editor publishes them; editors edit everything.
 * A published piece is the newsroom's, so only editors touch it afterwards.
 */
export function canEditArticle(viewer: StaffViewer, article: ArticleOwnership): boolean {
  if (can(viewer.role, "editAnyArticle")) return true;
  if (!can(viewer.role, "writeArticles")) return false;
  return article.status !== "published" && article.authorUserIds.includes(viewer.id);
}
