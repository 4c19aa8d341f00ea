import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { JsonForm } from "@/app/_components/json-form";
import { SimplePage } from "@/app/_components/simple-page";
import { getDb } from "@/db/client";
import { loadStaffInvitation } from "@/lib/admin/staff/load-staff-invitation";
import { currentMember } from "@/lib/auth/current-member-next";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.staffInvitation");
  return { title: t("title"), robots: { index: false }, referrer: "no-referrer" };
}
export const dynamic = "force-dynamic";

/** The page a staff invitation's link opens: signed in as the invited address, its button gives the role. */
export default async function StaffInvitationPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const token = (await searchParams).token;
  const t = await getTranslations("account");
  const { state, invitation } = await loadStaffInvitation(await getDb(), token, new Date());
  if (state !== "open" || !invitation || typeof token !== "string") {
    return (
      <SimplePage title={t("staffInvitation.title")}>
        <p className="form-error" role="alert">
          {t(`staffInvitation.${state === "open" ? "unknown" : state}`)}
        </p>
      </SimplePage>
    );
  }
  const member = await currentMember();
  const here = `/staff-invitation?${new URLSearchParams({ token })}`;
  const role = t("roles.role", { role: invitation.role });
  const email = invitation.email;
  return (
    <SimplePage title={t("staffInvitation.title")}>
      <p>{t.rich("staffInvitation.invited", { role, email, strong: (chunks) => <strong>{chunks}</strong> })}</p>
      {!member ? (
        <p data-testid="invitation-sign-in">{t.rich("staffInvitation.signIn", { email, link: (chunks) => <Link href={`/signin?callbackUrl=${encodeURIComponent(here)}`}>{chunks}</Link> })}</p>
      ) : member.email?.toLowerCase() !== invitation.email ? (
        <p className="form-error" role="alert" data-testid="invitation-other-address">
          {t("staffInvitation.otherAddress", { current: member.email ?? "", email })}
        </p>
      ) : (
        <JsonForm id="accept-invitation" action="/api/staff-invitations/accept" extra={{ token }} submit={t("staffInvitation.accept", { role })} fields={[]} />
      )}
    </SimplePage>
  );
}
