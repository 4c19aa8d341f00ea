import { getTranslations } from "next-intl/server";

/**
 * Marks an address its owner has not proved (a password sign-up proves nothing): grants to
 * it go to whoever signed up, and a staff role is refused until the owner signs in by e-mail.
 */
export async function UnverifiedMark({ isVerified }: { isVerified: boolean }) {
  if (isVerified) return null;
  const t = await getTranslations("admin.unverified");
  return (
    <span className="badge" data-testid="unverified" title={t("title")}>
      {t("badge")}
    </span>
  );
}
