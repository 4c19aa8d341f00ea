import Link from "next/link";
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
  const managersOf = (id: number) => managers.filter((m) => m.organisationId === id).map((m) => m.email ?? "");
  const form = (o: (typeof rows)[number] | null) => (
    <AdminForm action="/api/admin/organisations" label={o ? `Organisation ${o.name}` : "Add an organisation"} extra={{ action: "save", ...(o && { id: String(o.id) }) }} resetOnSuccess={!o}>
      <TextField name="name" label="Name" defaultValue={o?.name ?? ""} />
      <RequirementFields prefix="grant" label="Its readers may read" level={o ? o.level : 1} ccaps={o?.ccaps ?? []} levelLabels={settings.levelLabels} catalogue={catalogue} />
      <TextField name="startsOn" type="date" label="Term starts (UTC)" defaultValue={day(o?.startsAt ?? null)} />
      <TextField name="endsOn" type="date" label="Term ends (last day, UTC)" defaultValue={day(o?.endsAt ?? null, true)} />
      <TextAreaField name="ipRanges" label="Address ranges (CIDR, IPv4 or IPv6; one per line)" defaultValue={o?.ipRanges.join("\n") ?? ""} rows={3} />
      <TextAreaField name="emailDomains" label="E-mail domains (members with a proved address there or at a subdomain; one per line)" defaultValue={o?.emailDomains.join("\n") ?? ""} rows={2} />
      <TextField name="seats" type="number" label="Seats (filled by its managers' invitations; 0 = none)" defaultValue={o?.seats ?? 0} />
      <TextAreaField name="managers" label="Managers (members' e-mail addresses, one per line)" defaultValue={o ? managersOf(o.id).join("\n") : ""} rows={2} />
      <TextField name="reason" label="Reason (audit log)" />
      <button className="button primary" type="submit">
        Save
      </button>
    </AdminForm>
  );
  return (
    <>
      <h1>Organisations</h1>
      <p className="meta">A reader whose address lies in an organisation&apos;s ranges reads what it grants, during its term (&ldquo;Access provided by …&rdquo;); so does a member whose proved address is at one of its e-mail domains, or who holds one of its seats (its managers invite them from their account), on top of their own access.</p>
      {rows.map((o) => (
        <section key={o.id} data-organisation={o.id}>
          <h2>{o.name}</h2>
          <p>
            <Link href={`/admin/organisations/${o.id}`}>Seats and usage</Link>
          </p>
          {form(o)}
          <AdminForm action="/api/admin/organisations" className="inline-form" extra={{ action: "delete", id: String(o.id) }} confirm={`Remove ${o.name}?`} label={`Remove ${o.name}`}>
            <button className="button danger" type="submit">
              Remove
            </button>
          </AdminForm>
        </section>
      ))}
      <h2>Add an organisation</h2>
      {form(null)}
    </>
  );
}
