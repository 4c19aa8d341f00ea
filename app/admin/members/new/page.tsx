import { getTranslations } from "next-intl/server";
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
  const [t, tp] = await Promise.all([getTranslations("adminPeople.members.new"), getTranslations("adminPeople")]);
  const levels = settings.levelLabels.map((l, i) => ({ value: String(i), label: tp("levelOption", { level: i, label: l }) }));
  const ccaps = [{ value: "", label: "—" }, ...catalogue.map((c) => ({ value: c.name, label: c.name }))];
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <AdminForm action="/api/admin/members" label={t("title")}>
        <TextField name="email" label={t("email")} type="email" required />
        <TextField name="name" label={t("name")} />
        <SelectField name="level" label={t("accountLevel")} defaultValue="0" options={levels} />
        <fieldset className="inline-form">
          <legend>{t("compLegend")}</legend>
          <SelectField name="compLevel" label={t("compLevel")} defaultValue="" options={[{ value: "", label: t("none") }, ...levels.slice(1)]} />
          <TextField name="compUntil" label={t("until")} type="date" />
        </fieldset>
        {Array.from({ length: GRANT_ROWS }, (_, n) => (
          <fieldset key={n} className="inline-form">
            <legend>{t("grantLegend", { n: n + 1 })}</legend>
            <SelectField name={`grants.${n}.ccap`} label={t("capability")} defaultValue="" options={ccaps} />
            <TextField name={`grants.${n}.until`} label={t("grantUntil")} type="date" errorKey={`grants.${n}.until`} />
          </fieldset>
        ))}
        <TextField name="labels" label={t("labels")} hint={t("labelsHint")} />
        <TextAreaField name="notes" label={t("notes")} rows={3} />
        <button className="button primary" type="submit">
          {t("submit")}
        </button>
      </AdminForm>
    </>
  );
}
