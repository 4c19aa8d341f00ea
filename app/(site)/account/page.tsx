import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SimplePage } from "@/app/_components/simple-page";
import { currentMember } from "@/lib/auth/current-member-next";
import { AccessSection } from "./_components/access-section";
import { AccountNotice } from "./_components/account-notice";
import { BillingSection } from "./_components/billing-section";
import { GiftLinksSection } from "./_components/gift-links-section";
import { NewslettersSection } from "./_components/newsletters-section";
import { PasswordSection } from "./_components/password-section";
import { PrivateFeedSection } from "./_components/private-feed-section";
import { ProfileSection } from "./_components/profile-section";
import { SessionLimitNotices } from "./_components/session-limit-notices";
import { SessionsSection } from "./_components/sessions-section";
import { YourDataSection } from "./_components/your-data-section";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.account");
  return { title: t("title"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

/** The account page: a table of contents; each section loads what it shows (./_components). */
export default async function AccountPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const member = await currentMember();
  if (!member) redirect("/signin?callbackUrl=/account");
  const notice = (await searchParams).notice;
  const props = { member, now: new Date() };
  const t = await getTranslations("account.account");
  return (
    <SimplePage title={t("title")}>
      <AccountNotice notice={typeof notice === "string" ? notice : undefined} />
      <SessionLimitNotices {...props} />
      <ProfileSection {...props} />
      <PasswordSection {...props} />
      <AccessSection {...props} />
      <BillingSection {...props} />
      <GiftLinksSection {...props} />
      <NewslettersSection {...props} />
      <PrivateFeedSection {...props} />
      <SessionsSection {...props} />
      <YourDataSection {...props} />
    </SimplePage>
  );
}
