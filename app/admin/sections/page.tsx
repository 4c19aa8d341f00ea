import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { loadAccessRules } from "@/lib/admin/access/load-access-rules";
import { requireStaff } from "../_lib/require-staff";
import { SectionForms } from "./section-forms";

export const dynamic = "force-dynamic";

/** Categories and tags: create, rename, move, merge, delete. */
export default async function SectionsPage() {
  await requireStaff("manageAccess", "/admin/sections");
  const rules = await loadAccessRules(await getDb());
  const t = await getTranslations("admin.sections");
  const common = { levelLabels: rules.levelLabels, catalogue: rules.catalogue };
  return (
    <>
      <h1>{t("heading")}</h1>
      <p>{t.rich("intro", { link: (chunks) => <Link href="/admin/access">{chunks}</Link> })}</p>
      <h2>{t("categories")}</h2>
      <SectionForms kind="categories" items={rules.categories} {...common} />
      <h2>{t("tags")}</h2>
      <SectionForms kind="tags" items={rules.tags.map((tag) => ({ ...tag, depth: 0 }))} {...common} />
    </>
  );
}
