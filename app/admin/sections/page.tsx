import Link from "next/link";
import { getDb } from "@/db/client";
import { loadAccessRules } from "@/lib/admin/access/load-access-rules";
import { requireStaff } from "../_lib/require-staff";
import { SectionForms } from "./section-forms";

export const dynamic = "force-dynamic";

/** Categories and tags: create, rename, move, merge, delete. */
export default async function SectionsPage() {
  await requireStaff("manageAccess", "/admin/sections");
  const rules = await loadAccessRules(await getDb());
  const common = { levelLabels: rules.levelLabels, catalogue: rules.catalogue };
  return (
    <>
      <h1>Sections and tags</h1>
      <p>
        A new slug moves the section’s page; the old address keeps answering with a permanent redirect. Merging moves every article (and subcategory) to the other section. Who may read a section is set when it is created and changed on{" "}
        <Link href="/admin/access">Access rules</Link>. Every change is in the audit log.
      </p>
      <h2>Categories</h2>
      <SectionForms kind="categories" items={rules.categories} {...common} />
      <h2>Tags</h2>
      <SectionForms kind="tags" items={rules.tags.map((t) => ({ ...t, depth: 0 }))} {...common} />
    </>
  );
}
