import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { JsonForm } from "@/app/_components/json-form";
import { SimplePage } from "@/app/_components/simple-page";
import { getDb } from "@/db/client";
import { findSeatInvitation } from "@/lib/access/organisation/accept-seat";
import { currentMember } from "@/lib/auth/current-member-next";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.seat");
  return { title: t("title"), robots: { index: false }, referrer: "no-referrer" };
}
export const dynamic = "force-dynamic";

/** The page an invitation's link opens: signed in with the invited address, its button takes the seat. */
export default async function AcceptSeatPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  const token = typeof query.token === "string" ? query.token : "";
  const member = await currentMember();
  if (!member) redirect(`/signin?callbackUrl=${encodeURIComponent(`/account/organisation/accept?${new URLSearchParams(token ? { token } : { accepted: "1" })}`)}`);
  const t = await getTranslations("account.seat");
  if (query.accepted === "1") {
    return (
      <SimplePage title={t("takenTitle")}>
        <p className="notice" role="status" data-testid="seat-accepted">
          {t.rich("accepted", { link: (chunks) => <Link href="/account">{chunks}</Link> })}
        </p>
      </SimplePage>
    );
  }
  const invitation = await findSeatInvitation(await getDb(), { token, now: new Date() });
  return (
    <SimplePage title={t("title")}>
      {invitation ? (
        <JsonForm id="accept-seat" action="/api/account/organisation" extra={{ action: "accept", token }} submit={t("submit")} fields={[]}>
          <p>
            {t("invites", { organisation: invitation.organisation, email: invitation.email })}
            {member.email?.toLowerCase() !== invitation.email ? t("otherAccount", { current: member.email ?? t("anotherAccount"), email: invitation.email }) : ""}
          </p>
        </JsonForm>
      ) : (
        <p className="form-error" role="alert">
          {t("expired")}
        </p>
      )}
    </SimplePage>
  );
}
