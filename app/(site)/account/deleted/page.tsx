import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SimplePage } from "@/app/_components/simple-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.deleted");
  return { title: t("title"), robots: { index: false } };
}

export default async function AccountDeletedPage() {
  const t = await getTranslations("account.deleted");
  return (
    <SimplePage title={t("title")}>
      <p role="status" data-testid="account-deleted">
        {t("text")}
      </p>
      <p>
        <Link href="/">{t("back")}</Link>
      </p>
    </SimplePage>
  );
}
