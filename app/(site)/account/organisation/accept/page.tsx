import Link from "next/link";
import { redirect } from "next/navigation";
import { JsonForm } from "@/app/_components/json-form";
import { SimplePage } from "@/app/_components/simple-page";
import { getDb } from "@/db/client";
import { EXPIRED_SEAT_LINK, findSeatInvitation } from "@/lib/access/organisation/accept-seat";
import { currentMember } from "@/lib/auth/current-member-next";

export const metadata = { title: "Take your seat", robots: { index: false }, referrer: "no-referrer" };
export const dynamic = "force-dynamic";

/** The page an invitation's link opens: signed in with the invited address, its button takes the seat. */
export default async function AcceptSeatPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  const token = typeof query.token === "string" ? query.token : "";
  const member = await currentMember();
  if (!member) redirect(`/signin?callbackUrl=${encodeURIComponent(`/account/organisation/accept?${new URLSearchParams(token ? { token } : { accepted: "1" })}`)}`);
  if (query.accepted === "1") {
    return (
      <SimplePage title="Your seat is taken">
        <p className="notice" role="status" data-testid="seat-accepted">
          You now read through your organisation. <Link href="/account">See your access</Link>.
        </p>
      </SimplePage>
    );
  }
  const invitation = await findSeatInvitation(await getDb(), { token, now: new Date() });
  return (
    <SimplePage title="Take your seat">
      {invitation ? (
        <JsonForm id="accept-seat" action="/api/account/organisation" extra={{ action: "accept", token }} submit="Take the seat" fields={[]}>
          <p>
            {invitation.organisation} invites {invitation.email} to read with its access.
            {member.email?.toLowerCase() !== invitation.email ? ` You are signed in as ${member.email ?? "another account"}: sign in with ${invitation.email} to take it.` : ""}
          </p>
        </JsonForm>
      ) : (
        <p className="form-error" role="alert">
          {EXPIRED_SEAT_LINK}
        </p>
      )}
    </SimplePage>
  );
}
