import type { Role } from "@/lib/access/types";

/**
 * What each staff role may do in /admin. This table is the one place that answers
 * "may this role do that"; pages, route handlers and the authorization matrix test
 * all read it (DESIGN.md: author < editor < admin).
 */
export type Capability =
  | "viewAdmin"
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
