import { currentMember } from "@/lib/auth/current-member-next";
import type { SignedInMember } from "@/lib/auth/load-viewer";
import { AppError } from "@/lib/errors";

/** The signed-in member, or an UNAUTHENTICATED error (401) for route handlers. */
export async function requireMember(): Promise<SignedInMember> {
  const member = await currentMember();
  if (!member) throw new AppError("UNAUTHENTICATED", "Please sign in first.");
  return member;
}
