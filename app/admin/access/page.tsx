import { getDb } from "@/db/client";
import { describeRequirement } from "@/lib/access/describe-requirement";
import { loadAccessRules } from "@/lib/admin/access/load-access-rules";
import { AdminForm } from "../_components/admin-form";
import { RequirementFields, TextField } from "../_components/fields";
import { requireStaff } from "../_lib/require-staff";

export const dynamic = "force-dynamic";

function Rule(props: { action: string; name: string; depth: number; level: number | null; ccaps: string[]; inherited: string; levelLabels: string[]; catalogue: { name: string }[] }) {
  return (
    <section className="rule" style={{ marginLeft: `${props.depth * 1.5}rem` }} aria-label={props.name}>
      <h3>{props.name}</h3>
      {props.inherited && <p className="meta">Inherits: {props.inherited}</p>}
      <AdminForm action={props.action} className="inline-form" label={`Requirement of ${props.name}`}>
        <RequirementFields prefix="requirement" level={props.level} ccaps={props.ccaps} levelLabels={props.levelLabels} catalogue={props.catalogue} />
        <TextField name="reason" label="Reason" />
        <button className="button" type="submit">
          Save
        </button>
      </AdminForm>
    </section>
  );
}

/** Who may read each category (children inherit) and each tag. */
export default async function AccessPage() {
  await requireStaff("manageAccess", "/admin/access");
  const rules = await loadAccessRules(await getDb());
  const describe = (r: { level: number | null; ccaps: string[] }) => (r.level === null && r.ccaps.length === 0 ? "" : describeRequirement(r, rules.levelLabels));
  return (
    <>
      <h1>Access rules</h1>
      <p>
        An article is readable by whoever meets the <strong>strictest</strong> of its own requirement, its categories’ (with their parents’) and its tags’. Changes apply at once and are recorded in the audit log.
      </p>
      <h2>Categories</h2>
      {rules.categories.map((c) => (
        <Rule key={c.id} action={`/api/admin/categories/${c.id}/requirement`} name={c.name} depth={c.depth} level={c.level} ccaps={c.ccaps} inherited={describe(c.inherited)} levelLabels={rules.levelLabels} catalogue={rules.catalogue} />
      ))}
      <h2>Tags</h2>
      {rules.tags.map((t) => (
        <Rule key={t.id} action={`/api/admin/tags/${t.id}/requirement`} name={t.name} depth={0} level={t.level} ccaps={t.ccaps} inherited="" levelLabels={rules.levelLabels} catalogue={rules.catalogue} />
      ))}
    </>
  );
}
