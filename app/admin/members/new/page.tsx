import { getDb } from "@/db/client";
import { listCcapCatalogue } from "@/lib/admin/settings/list-ccap-catalogue";
import { getSettings } from "@/lib/settings/settings";
import { AdminForm } from "../../_components/admin-form";
import { SelectField, TextAreaField, TextField } from "../../_components/fields";
import { requireStaff } from "../../_lib/require-staff";

export const dynamic = "force-dynamic";

const GRANT_ROWS = 3;

/** Adds a member by hand: address, name, level, complimentary access, capability grants, labels, note. */
export default async function NewMemberPage() {
  await requireStaff("manageMembers", "/admin/members/new");
  const db = await getDb();
  const [settings, catalogue] = await Promise.all([getSettings(db), listCcapCatalogue(db)]);
  const levels = settings.levelLabels.map((l, i) => ({ value: String(i), label: `${i} “${l}”` }));
  const ccaps = [{ value: "", label: "—" }, ...catalogue.map((c) => ({ value: c.name, label: c.name }))];
  return (
    <>
      <h1>Add a member</h1>
      <p>The account is created unverified: its owner signs in with an e-mail link or code to this address. Every grant is recorded in the member’s history and the audit log.</p>
      <AdminForm action="/api/admin/members" label="Add a member">
        <TextField name="email" label="E-mail" type="email" required />
        <TextField name="name" label="Name" />
        <SelectField name="level" label="Account level" defaultValue="0" options={levels} />
        <fieldset className="inline-form">
          <legend>Complimentary access (optional)</legend>
          <SelectField name="compLevel" label="Complimentary level" defaultValue="" options={[{ value: "", label: "None" }, ...levels.slice(1)]} />
          <TextField name="compUntil" label="Until" type="date" />
        </fieldset>
        {Array.from({ length: GRANT_ROWS }, (_, n) => (
          <fieldset key={n} className="inline-form">
            <legend>Capability grant {n + 1} (optional)</legend>
            <SelectField name={`grants.${n}.ccap`} label="Capability" defaultValue="" options={ccaps} />
            <TextField name={`grants.${n}.until`} label="Until (empty: no end)" type="date" errorKey={`grants.${n}.until`} />
          </fieldset>
        ))}
        <TextField name="labels" label="Labels" hint="Comma-separated, e.g. press, vip." />
        <TextAreaField name="notes" label="Notes" rows={3} />
        <button className="button primary" type="submit">
          Add member
        </button>
      </AdminForm>
    </>
  );
}
