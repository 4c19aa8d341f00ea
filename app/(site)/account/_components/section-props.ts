import type { SignedInMember } from "@/lib/auth/load-viewer";

/** What every section of /account receives: the signed-in member and the page's one "now". */
export interface AccountSectionProps {
  member: SignedInMember;
  now: Date;
}
