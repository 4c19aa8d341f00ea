import type { Plan } from "@/db/schema";
import type { MemberQuery } from "@/lib/admin/members/member-query";
import { AdminForm } from "../_components/admin-form";
import { SelectField, TextField } from "../_components/fields";

function DateFilter(props: { name: string; label: string; value: string | undefined }) {
  return (
    <div className="field">
      <label htmlFor={`m-${props.name}`}>{props.label}</label>
      <input id={`m-${props.name}`} name={props.name} type="date" defaultValue={props.value ?? ""} />
    </div>
  );
}

/** The members list's filters beyond search, level, capability, status and role: label, plan, dates. */
export function SegmentFilters({ q, plans }: { q: MemberQuery; plans: readonly Plan[] }) {
  return (
    <>
      <div className="field">
        <label htmlFor="m-label">Label</label>
        <input id="m-label" name="label" defaultValue={q.label ?? ""} />
      </div>
      <div className="field">
        <label htmlFor="m-planId">Plan</label>
        <select id="m-planId" name="planId" defaultValue={q.planId ?? ""}>
          <option value="">Any</option>
          {plans.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <DateFilter name="joinedFrom" label="Signed up from" value={q.joinedFrom} />
      <DateFilter name="joinedTo" label="Signed up until" value={q.joinedTo} />
      <DateFilter name="seenFrom" label="Last seen from" value={q.seenFrom} />
      <DateFilter name="seenTo" label="Last seen until" value={q.seenTo} />
    </>
  );
}

/** Acts on every member the current filter finds (lib/admin/members/bulk-member-action). */
export function BulkActions({ filter, total, levels }: { filter: Record<string, string>; total: number; levels: { value: string; label: string }[] }) {
  const confirm = `Apply this to all ${total} member(s) the filter finds?`;
  return (
    <details className="rule">
      <summary>
        <strong>Act on these {total} member(s)</strong>
      </summary>
      <AdminForm action="/api/admin/members/bulk" className="inline-form" label="Label these members" extra={{ filter }} confirm={confirm}>
        <SelectField name="action" label="Label" options={[{ value: "add-label", label: "Add the label" }, { value: "remove-label", label: "Remove the label" }]} />
        <TextField name="label" label="Label name" />
        <button className="button" type="submit">
          Apply
        </button>
      </AdminForm>
      <AdminForm action="/api/admin/members/bulk" className="inline-form" label="Grant complimentary access to these members" extra={{ filter, action: "set-comp" }} confirm={confirm}>
        <SelectField name="level" label="Complimentary level" options={levels.slice(1)} />
        <TextField name="until" label="Until" type="date" />
        <TextField name="reason" label="Reason" />
        <button className="button" type="submit">
          Grant
        </button>
      </AdminForm>
    </details>
  );
}
