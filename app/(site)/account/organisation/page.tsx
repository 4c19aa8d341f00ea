import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { JsonForm } from "@/app/_components/json-form";
import { PostButton } from "@/app/_components/post-button";
import { SimplePage } from "@/app/_components/simple-page";
import { currentLocale } from "@/app/_lib/locale";
import { getDb } from "@/db/client";
import { loadManagedOrganisations } from "@/lib/access/organisation/load-managed-organisation";
import { currentMember } from "@/lib/auth/current-member-next";
import { formatDate } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.organisation");
  return { title: t("title"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

const DONE = { invited: "invited", removed: "removed" } as const;

/** An organisation manager's page: its seats, who holds them, invitations and removals. */
export default async function OrganisationManagerPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const member = await currentMember();
  if (!member) redirect("/signin?callbackUrl=/account/organisation");
  const done = (await searchParams).done;
  const managed = await loadManagedOrganisations(await getDb(), { userId: member.viewer.id });
  const [t, locale] = await Promise.all([getTranslations("account.organisation"), currentLocale()]);
  const now = new Date();
  return (
    <SimplePage title={t("title")}>
      {typeof done === "string" && Object.hasOwn(DONE, done) && (
        <p className="notice" role="status" data-testid="organisation-notice">
          {t(DONE[done as keyof typeof DONE])}
        </p>
      )}
      {managed.length === 0 && <p>{t.rich("notManager", { link: (chunks) => <Link href="/account">{chunks}</Link> })}</p>}
      {managed.map((o) => (
        <section key={o.id} aria-labelledby={`organisation-${o.id}`} data-organisation={o.id}>
          <h2 id={`organisation-${o.id}`}>{o.name}</h2>
          <p data-testid="seats-taken">{t("seatsTaken", { taken: o.holders.length, seats: o.seats })}</p>
          {o.holders.length > 0 && (
            <table className="sessions" data-testid="seat-holders">
              <thead>
                <tr>
                  <th>{t("address")}</th>
                  <th>{t("status")}</th>
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
                    <td>
                      {h.acceptedAt
                        ? t("seatTaken", { date: formatDate(h.acceptedAt, locale) })
                        : h.expiresAt && h.expiresAt > now
                          ? t("invitedUntil", { date: formatDate(h.expiresAt, locale) })
                          : t("invitationExpired")}
                    </td>
                    <td>
                      <PostButton action="/api/account/organisation" body={{ action: "remove", organisationId: String(o.id), seatId: String(h.id) }} label={t("remove")} className="button danger" confirm={t("removeConfirm", { email: h.email })} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {o.holders.length < o.seats ? (
            <JsonForm id={`invite-${o.id}`} action="/api/account/organisation" extra={{ action: "invite", organisationId: String(o.id) }} submit={t("invite")} fields={[{ name: "email", label: t("inviteLabel"), type: "email", required: true }]} />
          ) : (
            <p className="meta">{t("full")}</p>
          )}
        </section>
      ))}
    </SimplePage>
  );
}
