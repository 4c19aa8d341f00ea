import { getDb } from "@/db/client";
import { listCcapCatalogue } from "@/lib/admin/settings/list-ccap-catalogue";
import { can } from "@/lib/admin/permissions";
import { getSettings, METER_PERIODS, PAYMENT_REVERSAL_POLICIES } from "@/lib/settings/settings";
import { AdminForm } from "../_components/admin-form";
import { SelectField, TextField } from "../_components/fields";
import { requireStaff } from "../_lib/require-staff";

export const dynamic = "force-dynamic";

export default async function SettingsPage() {
  const member = await requireStaff("manageAccess", "/admin/settings");
  const db = await getDb();
  const [settings, catalogue] = await Promise.all([getSettings(db), listCcapCatalogue(db)]);
  return (
    <>
      <h1>Settings</h1>
      <h2>Levels and teaser</h2>
      <AdminForm action="/api/admin/settings" label="Levels and teaser" extra={{ section: "access" }}>
        {settings.levelLabels.map((l, i) => (
          <TextField key={i} name={`levelLabels[]`} errorKey={`levelLabels.${i}`} label={`Label of level ${i}`} defaultValue={l} />
        ))}
        <TextField name="teaserParagraphs" type="number" label="Teaser paragraphs (when an article has no paywall break)" defaultValue={settings.teaserParagraphs} hint="Changing it re-renders every article's teaser." />
        <TextField name="reason" label="Reason (audit log)" />
        <button className="button primary" type="submit">
          Save
        </button>
      </AdminForm>

      <h2>Free-article meter</h2>
      <AdminForm action="/api/admin/settings" label="Free-article meter" extra={{ section: "meter" }}>
        <TextField name="meterAnonymous" type="number" label="Free gated articles for anonymous visitors" defaultValue={settings.meterAnonymous} hint="0 turns the meter off for visitors. Counted in a signed cookie." />
        <TextField name="meterMembers" type="number" label="Free gated articles for members without a paid level" defaultValue={settings.meterMembers} hint="0 turns the meter off for free accounts." />
        <SelectField name="meterPeriod" label="Period" defaultValue={settings.meterPeriod} options={METER_PERIODS} />
        <TextField name="meterCeiling" type="number" label="Highest level the meter opens" defaultValue={settings.meterCeiling} hint="Articles needing a higher level, or any capability, are never metered; an article can also be switched to never metered." />
        <TextField name="reason" label="Reason (audit log)" />
        <button className="button primary" type="submit">
          Save
        </button>
      </AdminForm>

      <h2>Gift links</h2>
      <AdminForm action="/api/admin/settings" label="Gift links" extra={{ section: "gifts" }}>
        <TextField name="giftQuota" type="number" label="Gift links a subscriber may make per month" defaultValue={settings.giftQuota} />
        <TextField name="giftExpiryDays" type="number" label="A gift link ends after (days)" defaultValue={settings.giftExpiryDays} hint="0: no end." />
        <TextField name="giftMaxOpens" type="number" label="A gift link opens at most (times)" defaultValue={settings.giftMaxOpens} hint="0: no limit." />
        <TextField name="reason" label="Reason (audit log)" />
        <button className="button primary" type="submit">
          Save
        </button>
      </AdminForm>

      <h2>Capabilities (ccaps)</h2>
      <table className="admin-table">
        <thead>
          <tr>
            <th>Name</th>
            <th>Label and description (what readers see)</th>
            <th>Remove</th>
          </tr>
        </thead>
        <tbody>
          {catalogue.map((c) => (
            <tr key={c.name}>
              <td>{c.name}</td>
              <td>
                <AdminForm action="/api/admin/ccaps" className="inline-form" extra={{ action: "save", name: c.name }} label={`Describe ${c.name}`}>
                  <TextField name="label" label="Label" defaultValue={c.label} />
                  <TextField name="description" label="Description" defaultValue={c.description} />
                  <button className="button" type="submit">
                    Save
                  </button>
                </AdminForm>
              </td>
              <td>
                <AdminForm action="/api/admin/ccaps" className="inline-form" extra={{ action: "delete", name: c.name }} confirm={`Remove ${c.name}?`} label={`Remove ${c.name}`}>
                  <button className="button danger" type="submit">
                    Remove
                  </button>
                </AdminForm>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <AdminForm action="/api/admin/ccaps" className="inline-form" extra={{ action: "save" }} label="Add a capability" resetOnSuccess>
        <TextField name="name" label="New capability name" placeholder="dossier_sahel" />
        <TextField name="label" label="Label" placeholder="The Sahel dossier" />
        <TextField name="description" label="Description" />
        <button className="button" type="submit">
          Add
        </button>
      </AdminForm>

      {can(member.viewer.role, "manageSiteSettings") && (
        <>
          <h2>Site (administrators)</h2>
          <AdminForm action="/api/admin/settings" label="Site settings" extra={{ section: "site" }}>
            <TextField name="maxSessionsPerMember" type="number" label="Devices a member may be signed in on" defaultValue={settings.maxSessionsPerMember} />
            <TextField name="pastDueGraceDays" type="number" label="Grace days for an unpaid subscription" defaultValue={settings.pastDueGraceDays} />
            <SelectField name="paymentReversalPolicy" label="After a refund or dispute" defaultValue={settings.paymentReversalPolicy} options={PAYMENT_REVERSAL_POLICIES} />
            <TextField name="reason" label="Reason (audit log)" />
            <button className="button primary" type="submit">
              Save
            </button>
          </AdminForm>
        </>
      )}
    </>
  );
}
