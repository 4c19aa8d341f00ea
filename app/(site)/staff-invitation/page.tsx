import Link from "next/link";
import { JsonForm } from "@/app/_components/json-form";
import { SimplePage } from "@/app/_components/simple-page";
import { getDb } from "@/db/client";
import { loadStaffInvitation } from "@/lib/admin/staff/load-staff-invitation";
import { currentMember } from "@/lib/auth/current-member-next";

export const metadata = { title: "Join the newsroom", robots: { index: false }, referrer: "no-referrer" };
export const dynamic = "force-dynamic";

const REFUSED = {
  unknown: "This invitation link is not valid. Ask an administrator for a new one.",
  expired: "This invitation has expired. Ask an administrator for a new one.",
  used: "This invitation was already accepted.",
  revoked: "This invitation was withdrawn. Ask an administrator for a new one.",
} as const;

/** The page a staff invitation's link opens: signed in as the invited address, its button gives the role. */
export default async function StaffInvitationPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const token = (await searchParams).token;
  const { state, invitation } = await loadStaffInvitation(await getDb(), token, new Date());
  if (state !== "open" || !invitation || typeof token !== "string") {
    return (
      <SimplePage title="Join the newsroom">
        <p className="form-error" role="alert">
          {REFUSED[state === "open" ? "unknown" : state]}
        </p>
      </SimplePage>
    );
  }
  const member = await currentMember();
  const here = `/staff-invitation?${new URLSearchParams({ token })}`;
  return (
    <SimplePage title="Join the newsroom">
      <p>
        You are invited to join as <strong>{invitation.role}</strong>. The invitation was sent to <strong>{invitation.email}</strong>.
      </p>
      {!member ? (
        <p data-testid="invitation-sign-in">
          <Link href={`/signin?callbackUrl=${encodeURIComponent(here)}`}>Sign in</Link> (or create your account) with {invitation.email}, and you will come back here to accept.
        </p>
      ) : member.email?.toLowerCase() !== invitation.email ? (
        <p className="form-error" role="alert" data-testid="invitation-other-address">
          You are signed in as {member.email}. Sign out, then sign in with {invitation.email} to accept.
        </p>
      ) : (
        <JsonForm id="accept-invitation" action="/api/staff-invitations/accept" extra={{ token }} submit={`Accept and become ${invitation.role}`} fields={[]} />
      )}
    </SimplePage>
  );
}
