import Link from "next/link";
import { redirect } from "next/navigation";
import { JsonForm } from "@/app/_components/json-form";
import { PostButton } from "@/app/_components/post-button";
import { SimplePage } from "@/app/_components/simple-page";
import { getDb } from "@/db/client";
import { loadManagedOrganisations } from "@/lib/access/organisation/load-managed-organisation";
import { currentMember } from "@/lib/auth/current-member-next";
import { formatDate } from "@/lib/content/format-date";

export const metadata = { title: "Your organisation", robots: { index: false } };
export const dynamic = "force-dynamic";

const DONE: Record<string, string> = { invited: "The invitation is sent.", removed: "The seat is free again; its holder no longer reads through your organisation." };

/** An organisation manager's page: its seats, who holds them, invitations and removals. */
export default async function OrganisationManagerPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const member = await currentMember();
  if (!member) redirect("/signin?callbackUrl=/account/organisation");
  const done = (await searchParams).done;
  const managed = await loadManagedOrganisations(await getDb(), { userId: member.viewer.id });
  const now = new Date();
  return (
    <SimplePage title="Your organisation">
      {typeof done === "string" && DONE[done] && (
        <p className="notice" role="status" data-testid="organisation-notice">
          {DONE[done]}
        </p>
      )}
      {managed.length === 0 && (
        <p>
          You do not manage an organisation&apos;s seats. <Link href="/account">Back to your account</Link>.
        </p>
      )}
      {managed.map((o) => (
        <section key={o.id} aria-labelledby={`organisation-${o.id}`} data-organisation={o.id}>
          <h2 id={`organisation-${o.id}`}>{o.name}</h2>
          <p data-testid="seats-taken">
            {o.holders.length} of {o.seats} seat(s) taken.
          </p>
          {o.holders.length > 0 && (
            <table className="sessions" data-testid="seat-holders">
              <thead>
                <tr>
                  <th>Address</th>
                  <th>Status</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {o.holders.map((h) => (
                  <tr key={h.id}>
                    <td>
                      {h.email}
                      {h.name ? ` (${h.name})` : ""}
                    </td>
                    <td>{h.acceptedAt ? `Seat taken ${formatDate(h.acceptedAt)}` : h.expiresAt && h.expiresAt > now ? `Invited, until ${formatDate(h.expiresAt)}` : "Invitation expired"}</td>
                    <td>
                      <PostButton action="/api/account/organisation" body={{ action: "remove", organisationId: String(o.id), seatId: String(h.id) }} label="Remove" className="button danger" confirm={`Remove ${h.email}'s seat?`} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {o.holders.length < o.seats ? (
            <JsonForm id={`invite-${o.id}`} action="/api/account/organisation" extra={{ action: "invite", organisationId: String(o.id) }} submit="Invite" fields={[{ name: "email", label: "E-mail address to invite", type: "email", required: true }]} />
          ) : (
            <p className="meta">Every seat is taken: remove one to invite someone else.</p>
          )}
        </section>
      ))}
    </SimplePage>
  );
}
