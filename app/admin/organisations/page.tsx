import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { organisationManagers, organisations, users } from "@/db/schema";
import { listCcapCatalogue } from "@/lib/admin/settings/list-ccap-catalogue";
import { getSettings } from "@/lib/settings/settings";
import { AdminForm } from "../_components/admin-form";
import { RequirementFields, TextAreaField, TextField } from "../_components/fields";
import { requireStaff } from "../_lib/require-staff";

export const dynamic = "force-dynamic";

const day = (d: Date | null, end = false) => (d ? new Date(d.getTime() - (end ? 86_400_000 : 0)).toISOString().slice(0, 10) : "");

/** Organisations with institutional access: a university, a ministry, an NGO… and their address ranges. */
export default async function OrganisationsPage() {
  await requireStaff("manageAccess", "/admin/organisations");
  const db = await getDb();
  const [rows, settings, catalogue, managers] = await Promise.all([
    db.select().from(organisations).orderBy(asc(organisations.name)),
    getSettings(db),
    listCcapCatalogue(db),
    db.select({ organisationId: organisationManagers.organisationId, email: users.email }).from(organisationManagers).innerJoin(users, eq(users.id, organisationManagers.userId)).orderBy(asc(users.email)),
  ]);
  const t = await getTranslations("adminPeople.organisations");
  const managersOf = (id: number) => managers.filter((m) => m.organisationId === id).map((m) => m.email ?? "");
  const form = (o: (typeof rows)[number] | null) => (
    <AdminForm action="/api/admin/organisations" label={o ? t("formLabel", { name: o.name }) : t("add")} extra={{ action: "save", ...(o && { id: String(o.id) }) }} resetOnSuccess={!o}>
      <TextField name="name" label={t("name")} defaultValue={o?.name ?? ""} />
      <RequirementFields prefix="grant" label={t("grant")} level={o ? o.level : 1} ccaps={o?.ccaps ?? []} levelLabels={settings.levelLabels} catalogue={catalogue} />
      <TextField name="startsOn" type="date" label={t("startsOn")} defaultValue={day(o?.startsAt ?? null)} />
      <TextField name="endsOn" type="date" label={t("endsOn")} defaultValue={day(o?.endsAt ?? null, true)} />
      <TextAreaField name="ipRanges" label={t("ipRanges")} defaultValue={o?.ipRanges.join("\n") ?? ""} rows={3} />
      <TextAreaField name="emailDomains" label={t("emailDomains")} defaultValue={o?.emailDomains.join("\n") ?? ""} rows={2} />
      <TextField name="seats" type="number" label={t("seats")} defaultValue={o?.seats ?? 0} />
      <TextAreaField name="managers" label={t("managers")} defaultValue={o ? managersOf(o.id).join("\n") : ""} rows={2} />
      <TextField name="reason" label={t("reason")} />
      <button className="button primary" type="submit">
        {t("save")}
      </button>
    </AdminForm>
  );
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="meta">{t("intro")}</p>
      {rows.map((o) => (
        <section key={o.id} data-organisation={o.id}>
          <h2>{o.name}</h2>
          <p>
            <Link href={`/admin/organisations/${o.id}`}>{t("seatsAndUsage")}</Link>
          </p>
          {form(o)}
          <AdminForm action="/api/admin/organisations" className="inline-form" extra={{ action: "delete", id: String(o.id) }} confirm={t("removeConfirm", { name: o.name })} label={t("removeLabel", { name: o.name })}>
            <button className="button danger" type="submit">
              {t("remove")}
            </button>
          </AdminForm>
        </section>
      ))}
      <h2>{t("add")}</h2>
      {form(null)}
    </>
  );
}
