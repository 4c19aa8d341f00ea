import { useTranslations } from "next-intl";
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
  const t = useTranslations("adminPeople.members.segment");
  return (
    <>
      <div className="field">
        <label htmlFor="m-label">{t("label")}</label>
        <input id="m-label" name="label" defaultValue={q.label ?? ""} />
      </div>
      <div className="field">
        <label htmlFor="m-planId">{t("plan")}</label>
        <select id="m-planId" name="planId" defaultValue={q.planId ?? ""}>
          <option value="">{t("any")}</option>
          {plans.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <DateFilter name="joinedFrom" label={t("joinedFrom")} value={q.joinedFrom} />
      <DateFilter name="joinedTo" label={t("joinedTo")} value={q.joinedTo} />
      <DateFilter name="seenFrom" label={t("seenFrom")} value={q.seenFrom} />
      <DateFilter name="seenTo" label={t("seenTo")} value={q.seenTo} />
    </>
  );
}

/** Acts on every member the current filter finds (lib/admin/members/bulk-member-action). */
export function BulkActions({ filter, total, levels }: { filter: Record<string, string>; total: number; levels: { value: string; label: string }[] }) {
  const t = useTranslations("adminPeople.members.segment");
  const confirm = t("bulkConfirm", { count: total });
  return (
    <details className="rule">
      <summary>
        <strong>{t("bulkSummary", { count: total })}</strong>
      </summary>
      <AdminForm action="/api/admin/members/bulk" className="inline-form" label={t("labelTheseMembers")} extra={{ filter }} confirm={confirm}>
        <SelectField name="action" label={t("label")} options={[{ value: "add-label", label: t("addLabel") }, { value: "remove-label", label: t("removeLabel") }]} />
        <TextField name="label" label={t("labelName")} />
        <button className="button" type="submit">
          {t("apply")}
        </button>
      </AdminForm>
      <AdminForm action="/api/admin/members/bulk" className="inline-form" label={t("compTheseMembers")} extra={{ filter, action: "set-comp" }} confirm={confirm}>
        <SelectField name="level" label={t("compLevel")} options={levels.slice(1)} />
        <TextField name="until" label={t("until")} type="date" />
        <TextField name="reason" label={t("reason")} />
        <button className="button" type="submit">
          {t("grant")}
        </button>
      </AdminForm>
    </details>
  );
}
