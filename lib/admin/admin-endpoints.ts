import type { Role } from "@/lib/access/types";
import type { Capability } from "./permissions";

/**
 * Every /admin page and /api/admin route handler, with the capability its guard asks for.
 * lib/admin/admin-endpoints.test.ts fails when a file on disk is missing here (or its
 * guard names another capability); e2e/admin-authorization.spec.ts requests each one as
 * anonymous, reader, author, editor and admin and checks allow/deny against
 * lib/admin/permissions. There are no server actions in /admin (the test refuses them).
 */
export interface AdminEndpoint {
  file: string;
  method: "GET" | "POST";
  /** A concrete URL to request (dynamic segments filled with a sample value). */
  url: string;
  capability: Capability;
  /** Where a rule beyond the role decides (e.g. authors edit only their own drafts). */
  except?: Partial<Record<Role, "deny">>;
}

/** No seeded piece is an author's unpublished draft, so the editor pages deny authors. */
const SAMPLE_ARTICLE = "1";
const SAMPLE_MEMBER = "00000000-0000-4000-8000-000000000000";
const MISSING_SECTION = "999999";

export const ADMIN_ENDPOINTS: readonly AdminEndpoint[] = [
  // Pages
  { file: "app/admin/page.tsx", method: "GET", url: "/admin", capability: "viewAdmin" },
  { file: "app/admin/articles/page.tsx", method: "GET", url: "/admin/articles", capability: "writeArticles" },
  { file: "app/admin/articles/new/page.tsx", method: "GET", url: "/admin/articles/new", capability: "writeArticles" },
  { file: "app/admin/articles/[id]/page.tsx", method: "GET", url: `/admin/articles/${SAMPLE_ARTICLE}`, capability: "writeArticles", except: { author: "deny" } },
  { file: "app/admin/articles/[id]/revisions/page.tsx", method: "GET", url: `/admin/articles/${SAMPLE_ARTICLE}/revisions?compare=1`, capability: "writeArticles", except: { author: "deny" } },
  { file: "app/admin/articles/[id]/preview/page.tsx", method: "GET", url: `/admin/articles/${SAMPLE_ARTICLE}/preview?as=0`, capability: "writeArticles", except: { author: "deny" } },
  { file: "app/admin/access/page.tsx", method: "GET", url: "/admin/access", capability: "manageAccess" },
  { file: "app/admin/sections/page.tsx", method: "GET", url: "/admin/sections", capability: "manageAccess" },
  { file: "app/admin/site/page.tsx", method: "GET", url: "/admin/site", capability: "manageSiteSettings" },
  { file: "app/admin/site/pages/page.tsx", method: "GET", url: "/admin/site/pages", capability: "manageSiteSettings" },
  { file: "app/admin/settings/page.tsx", method: "GET", url: "/admin/settings", capability: "manageAccess" },
  { file: "app/admin/organisations/page.tsx", method: "GET", url: "/admin/organisations", capability: "manageAccess" },
  { file: "app/admin/organisations/[id]/page.tsx", method: "GET", url: "/admin/organisations/999999", capability: "manageAccess" },
  { file: "app/admin/audit/page.tsx", method: "GET", url: "/admin/audit", capability: "viewAudit" },
  { file: "app/admin/members/page.tsx", method: "GET", url: "/admin/members", capability: "manageMembers" },
  { file: "app/admin/members/new/page.tsx", method: "GET", url: "/admin/members/new", capability: "manageMembers" },
  { file: "app/admin/members/import/page.tsx", method: "GET", url: "/admin/members/import", capability: "manageMembers" },
  { file: "app/admin/members/[id]/page.tsx", method: "GET", url: `/admin/members/${SAMPLE_MEMBER}`, capability: "manageMembers" },
  { file: "app/admin/authors/page.tsx", method: "GET", url: "/admin/authors", capability: "manageAuthors" },
  { file: "app/admin/authors/new/page.tsx", method: "GET", url: "/admin/authors/new", capability: "manageAuthors" },
  { file: "app/admin/authors/[id]/page.tsx", method: "GET", url: "/admin/authors/1", capability: "manageAuthors" },
  { file: "app/admin/plans/page.tsx", method: "GET", url: "/admin/plans", capability: "managePlans" },
  { file: "app/admin/plans/new/page.tsx", method: "GET", url: "/admin/plans/new", capability: "managePlans" },
  { file: "app/admin/plans/[id]/page.tsx", method: "GET", url: "/admin/plans/1", capability: "managePlans" },
  { file: "app/admin/staff/page.tsx", method: "GET", url: "/admin/staff", capability: "manageRoles" },
  { file: "app/admin/webhooks/page.tsx", method: "GET", url: "/admin/webhooks", capability: "manageSiteSettings" },
  { file: "app/admin/webhooks/[id]/page.tsx", method: "GET", url: `/admin/webhooks/${MISSING_SECTION}`, capability: "manageSiteSettings" },
  { file: "app/admin/newsletters/page.tsx", method: "GET", url: "/admin/newsletters", capability: "publishArticles" },
  { file: "app/admin/newsletters/[id]/page.tsx", method: "GET", url: `/admin/newsletters/${MISSING_SECTION}`, capability: "publishArticles" },
  // Route handlers
  { file: "app/api/admin/preview/route.ts", method: "POST", url: "/api/admin/preview", capability: "writeArticles" },
  { file: "app/api/admin/media/route.ts", method: "POST", url: "/api/admin/media", capability: "writeArticles" },
  { file: "app/api/admin/articles/route.ts", method: "POST", url: "/api/admin/articles", capability: "writeArticles" },
  { file: "app/api/admin/articles/[id]/route.ts", method: "POST", url: `/api/admin/articles/${SAMPLE_ARTICLE}`, capability: "writeArticles" },
  // Autosave checks the piece before its input: an author is refused another's (published) piece.
  { file: "app/api/admin/articles/[id]/autosave/route.ts", method: "POST", url: `/api/admin/articles/${SAMPLE_ARTICLE}/autosave`, capability: "writeArticles", except: { author: "deny" } },
  { file: "app/api/admin/articles/[id]/revisions/[revisionId]/restore/route.ts", method: "POST", url: `/api/admin/articles/${SAMPLE_ARTICLE}/revisions/${MISSING_SECTION}/restore`, capability: "writeArticles" },
  { file: "app/api/admin/articles/search/route.ts", method: "GET", url: "/api/admin/articles/search?q=libya", capability: "writeArticles" },
  { file: "app/api/admin/articles/bulk-requirement/route.ts", method: "POST", url: "/api/admin/articles/bulk-requirement", capability: "manageAccess" },
  { file: "app/api/admin/categories/[id]/requirement/route.ts", method: "POST", url: "/api/admin/categories/1/requirement", capability: "manageAccess" },
  { file: "app/api/admin/tags/[id]/requirement/route.ts", method: "POST", url: "/api/admin/tags/1/requirement", capability: "manageAccess" },
  // Sample section 999999 does not exist: an allowed role gets a 404 and nothing is deleted.
  { file: "app/api/admin/sections/[kind]/route.ts", method: "POST", url: "/api/admin/sections/tags", capability: "manageAccess" },
  { file: "app/api/admin/sections/[kind]/[id]/route.ts", method: "POST", url: `/api/admin/sections/categories/${MISSING_SECTION}`, capability: "manageAccess" },
  { file: "app/api/admin/sections/[kind]/[id]/merge/route.ts", method: "POST", url: `/api/admin/sections/tags/${MISSING_SECTION}/merge`, capability: "manageAccess" },
  { file: "app/api/admin/sections/[kind]/[id]/delete/route.ts", method: "POST", url: `/api/admin/sections/categories/${MISSING_SECTION}/delete`, capability: "manageAccess" },
  { file: "app/api/admin/site/route.ts", method: "POST", url: "/api/admin/site", capability: "manageSiteSettings" },
  { file: "app/api/admin/site/pages/[slug]/route.ts", method: "POST", url: "/api/admin/site/pages/about", capability: "manageSiteSettings" },
  { file: "app/api/admin/settings/route.ts", method: "POST", url: "/api/admin/settings", capability: "manageAccess" },
  { file: "app/api/admin/ccaps/route.ts", method: "POST", url: "/api/admin/ccaps", capability: "manageAccess" },
  { file: "app/api/admin/organisations/route.ts", method: "POST", url: "/api/admin/organisations", capability: "manageAccess" },
  { file: "app/api/admin/organisations/[id]/usage/route.ts", method: "GET", url: "/api/admin/organisations/999999/usage?month=2026-01", capability: "manageAccess" },
  { file: "app/api/admin/organisations/[id]/seats/route.ts", method: "POST", url: "/api/admin/organisations/999999/seats", capability: "manageAccess" },
  { file: "app/api/admin/gift-links/route.ts", method: "POST", url: "/api/admin/gift-links", capability: "manageAccess" },
  { file: "app/api/admin/members/route.ts", method: "POST", url: "/api/admin/members", capability: "manageMembers" },
  { file: "app/api/admin/members/bulk/route.ts", method: "POST", url: "/api/admin/members/bulk", capability: "manageMembers" },
  { file: "app/api/admin/members/[id]/labels/route.ts", method: "POST", url: `/api/admin/members/${SAMPLE_MEMBER}/labels`, capability: "manageMembers" },
  { file: "app/api/admin/members/[id]/cancel-subscription/route.ts", method: "POST", url: `/api/admin/members/${SAMPLE_MEMBER}/cancel-subscription`, capability: "manageMembers" },
  { file: "app/api/admin/members/[id]/entitlements/route.ts", method: "POST", url: `/api/admin/members/${SAMPLE_MEMBER}/entitlements`, capability: "manageMembers" },
  { file: "app/api/admin/members/[id]/sessions/route.ts", method: "POST", url: `/api/admin/members/${SAMPLE_MEMBER}/sessions`, capability: "manageMembers" },
  { file: "app/api/admin/members/[id]/refund/route.ts", method: "POST", url: `/api/admin/members/${SAMPLE_MEMBER}/refund`, capability: "manageMembers" },
  { file: "app/api/admin/members/[id]/role/route.ts", method: "POST", url: `/api/admin/members/${SAMPLE_MEMBER}/role`, capability: "manageRoles" },
  { file: "app/api/admin/members/export/route.ts", method: "GET", url: "/api/admin/members/export", capability: "manageMembers" },
  { file: "app/api/admin/members/import/route.ts", method: "POST", url: "/api/admin/members/import", capability: "manageMembers" },
  { file: "app/api/admin/plans/route.ts", method: "POST", url: "/api/admin/plans", capability: "managePlans" },
  { file: "app/api/admin/plans/[id]/route.ts", method: "POST", url: "/api/admin/plans/1", capability: "managePlans" },
  { file: "app/api/admin/staff/route.ts", method: "POST", url: "/api/admin/staff", capability: "manageRoles" },
  { file: "app/api/admin/staff/invitations/route.ts", method: "POST", url: "/api/admin/staff/invitations", capability: "manageRoles" },
  // Invitation 999999 does not exist: an admin gets a 404 and nothing is withdrawn.
  { file: "app/api/admin/staff/invitations/[id]/revoke/route.ts", method: "POST", url: "/api/admin/staff/invitations/999999/revoke", capability: "manageRoles" },
  { file: "app/api/admin/authors/route.ts", method: "POST", url: "/api/admin/authors", capability: "manageAuthors" },
  { file: "app/api/admin/authors/[id]/route.ts", method: "POST", url: "/api/admin/authors/1", capability: "manageAuthors" },
  // Endpoint 999999 does not exist: an allowed role gets a 400 (empty form) or a 404, and nothing changes.
  { file: "app/api/admin/webhooks/route.ts", method: "POST", url: "/api/admin/webhooks", capability: "manageSiteSettings" },
  { file: "app/api/admin/webhooks/[id]/route.ts", method: "POST", url: `/api/admin/webhooks/${MISSING_SECTION}`, capability: "manageSiteSettings" },
  { file: "app/api/admin/webhooks/[id]/delete/route.ts", method: "POST", url: `/api/admin/webhooks/${MISSING_SECTION}/delete`, capability: "manageSiteSettings" },
  { file: "app/api/admin/webhooks/[id]/secret/route.ts", method: "POST", url: `/api/admin/webhooks/${MISSING_SECTION}/secret`, capability: "manageSiteSettings" },
  { file: "app/api/admin/webhooks/[id]/redeliver/route.ts", method: "POST", url: `/api/admin/webhooks/${MISSING_SECTION}/redeliver`, capability: "manageSiteSettings" },
  // Sample newsletter 999999 does not exist: an allowed role gets a 404 and nothing is sent.
  { file: "app/api/admin/newsletters/route.ts", method: "POST", url: "/api/admin/newsletters", capability: "publishArticles" },
  { file: "app/api/admin/newsletters/[id]/route.ts", method: "POST", url: `/api/admin/newsletters/${MISSING_SECTION}`, capability: "publishArticles" },
  { file: "app/api/admin/newsletters/[id]/send/route.ts", method: "POST", url: `/api/admin/newsletters/${MISSING_SECTION}/send`, capability: "publishArticles" },
  { file: "app/api/admin/newsletters/[id]/test/route.ts", method: "POST", url: `/api/admin/newsletters/${MISSING_SECTION}/test`, capability: "publishArticles" },
  { file: "app/api/admin/newsletters/[id]/preview/route.ts", method: "GET", url: `/api/admin/newsletters/${MISSING_SECTION}/preview?as=0`, capability: "publishArticles" },
  { file: "app/api/admin/members/email/route.ts", method: "POST", url: "/api/admin/members/email", capability: "manageMembers" },
  { file: "app/api/admin/dashboard/[chart]/route.ts", method: "GET", url: "/api/admin/dashboard/members.csv", capability: "viewDashboard" },
];

/** What a role should get from an endpoint: the permissions table, then the endpoint's exceptions. */
export function expectedAccess(endpoint: AdminEndpoint, role: Role, can: (role: Role, capability: Capability) => boolean): "allow" | "deny" {
  if (endpoint.except?.[role]) return endpoint.except[role]!;
  return can(role, endpoint.capability) ? "allow" : "deny";
}
