import { forbidden, redirect } from "next/navigation";
import { can, type Capability } from "@/lib/admin/permissions";
import { currentMember } from "@/lib/auth/current-member-next";
import type { SignedInMember } from "@/lib/auth/load-viewer";

/**
 * The guard every /admin page calls first: anonymous → sign-in (and back), a role
 * without the capability → 403. Capabilities per role live in lib/admin/permissions.
 */
export async function requireStaff(capability: Capability, returnTo: string): Promise<SignedInMember> {
  const member = await currentMember();
  if (!member) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!can(member.viewer.role, capability)) forbidden();
  return member;
}
