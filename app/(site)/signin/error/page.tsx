import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SimplePage } from "@/app/_components/simple-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.signInError");
  return { title: t("title"), robots: { index: false } };
}

/** Auth.js's error codes that have their own words; any other gets the generic message. */
const MESSAGES = { Verification: "verification", AccessDenied: "accessDenied", Configuration: "configuration" } as const;

export default async function SignInErrorPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const code = (await searchParams).error;
  const t = await getTranslations("account.signInError");
  const key = typeof code === "string" && Object.hasOwn(MESSAGES, code) ? MESSAGES[code as keyof typeof MESSAGES] : "generic";
  return (
    <SimplePage title={t("heading")}>
      <p role="alert">{t(key)}</p>
      <p>
        <Link href="/signin">{t("back")}</Link>
      </p>
    </SimplePage>
  );
}
