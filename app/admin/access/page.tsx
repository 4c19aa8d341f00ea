import { getTranslations } from "next-intl/server";
import { currentLocale } from "@/app/_lib/locale";
import { getDb } from "@/db/client";
import { describeRequirement } from "@/lib/access/describe-requirement";
import { loadAccessRules } from "@/lib/admin/access/load-access-rules";
import { AdminForm } from "../_components/admin-form";
import { RequirementFields, TextField } from "../_components/fields";
import { requireStaff } from "../_lib/require-staff";

export const dynamic = "force-dynamic";

async function Rule(props: { action: string; name: string; depth: number; level: number | null; ccaps: string[]; inherited: string; levelLabels: string[]; catalogue: { name: string }[] }) {
  const t = await getTranslations("admin.access");
  return (
    <section className="rule" style={{ marginLeft: `${props.depth * 1.5}rem` }} aria-label={props.name}>
      <h3>{props.name}</h3>
      {props.inherited && <p className="meta">{t("inherits", { requirement: props.inherited })}</p>}
      <AdminForm action={props.action} className="inline-form" label={t("requirementOf", { name: props.name })}>
        <RequirementFields prefix="requirement" level={props.level} ccaps={props.ccaps} levelLabels={props.levelLabels} catalogue={props.catalogue} />
        <TextField name="reason" label={t("reason")} />
        <button className="button" type="submit">
          {t("save")}
        </button>
      </AdminForm>
    </section>
  );
}

/** Who may read each category (children inherit) and each tag. */
export default async function AccessPage() {
  await requireStaff("manageAccess", "/admin/access");
  const rules = await loadAccessRules(await getDb());
  const t = await getTranslations("admin.access");
  const locale = await currentLocale();
  const describe = (r: { level: number | null; ccaps: string[] }) => (r.level === null && r.ccaps.length === 0 ? "" : describeRequirement(r, rules.levelLabels, locale));
  return (
    <>
      <h1>{t("heading")}</h1>
      <p>{t.rich("intro", { strong: (chunks) => <strong>{chunks}</strong> })}</p>
      <h2>{t("categories")}</h2>
      {rules.categories.map((c) => (
        <Rule key={c.id} action={`/api/admin/categories/${c.id}/requirement`} name={c.name} depth={c.depth} level={c.level} ccaps={c.ccaps} inherited={describe(c.inherited)} levelLabels={rules.levelLabels} catalogue={rules.catalogue} />
      ))}
      <h2>{t("tags")}</h2>
      {rules.tags.map((tag) => (
        <Rule key={tag.id} action={`/api/admin/tags/${tag.id}/requirement`} name={tag.name} depth={0} level={tag.level} ccaps={tag.ccaps} inherited="" levelLabels={rules.levelLabels} catalogue={rules.catalogue} />
      ))}
    </>
  );
}
