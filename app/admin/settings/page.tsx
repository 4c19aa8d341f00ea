import { getTranslations } from "next-intl/server";
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
  const [settings, catalogue, t] = await Promise.all([getSettings(db), listCcapCatalogue(db), getTranslations("adminPeople.settings")]);
  const reason = <TextField name="reason" label={t("reason")} />;
  return (
    <>
      <h1>{t("title")}</h1>
      <h2>{t("levels")}</h2>
      <AdminForm action="/api/admin/settings" label={t("levels")} extra={{ section: "access" }}>
        {settings.levelLabels.map((l, i) => (
          <TextField key={i} name={`levelLabels[]`} errorKey={`levelLabels.${i}`} label={t("levelLabel", { level: i })} defaultValue={l} />
        ))}
        <TextField name="teaserParagraphs" type="number" label={t("teaserParagraphs")} defaultValue={settings.teaserParagraphs} hint={t("teaserHint")} />
        {reason}
        <button className="button primary" type="submit">
          {t("save")}
        </button>
      </AdminForm>

      <h2>{t("meter")}</h2>
      <AdminForm action="/api/admin/settings" label={t("meter")} extra={{ section: "meter" }}>
        <TextField name="meterAnonymous" type="number" label={t("meterAnonymous")} defaultValue={settings.meterAnonymous} hint={t("meterAnonymousHint")} />
        <TextField name="meterMembers" type="number" label={t("meterMembers")} defaultValue={settings.meterMembers} hint={t("meterMembersHint")} />
        <SelectField name="meterPeriod" label={t("meterPeriod")} defaultValue={settings.meterPeriod} options={METER_PERIODS.map((value) => ({ value, label: t(`meterPeriods.${value}`) }))} />
        <TextField name="meterCeiling" type="number" label={t("meterCeiling")} defaultValue={settings.meterCeiling} hint={t("meterCeilingHint")} />
        {reason}
        <button className="button primary" type="submit">
          {t("save")}
        </button>
      </AdminForm>

      <h2>{t("gifts")}</h2>
      <AdminForm action="/api/admin/settings" label={t("gifts")} extra={{ section: "gifts" }}>
        <TextField name="giftQuota" type="number" label={t("giftQuota")} defaultValue={settings.giftQuota} />
        <TextField name="giftExpiryDays" type="number" label={t("giftExpiryDays")} defaultValue={settings.giftExpiryDays} hint={t("giftExpiryHint")} />
        <TextField name="giftMaxOpens" type="number" label={t("giftMaxOpens")} defaultValue={settings.giftMaxOpens} hint={t("giftMaxOpensHint")} />
        {reason}
        <button className="button primary" type="submit">
          {t("save")}
        </button>
      </AdminForm>

      <h2>{t("ccaps")}</h2>
      <table className="admin-table">
        <thead>
          <tr>
            <th>{t("ccapName")}</th>
            <th>{t("ccapWording")}</th>
            <th>{t("remove")}</th>
          </tr>
        </thead>
        <tbody>
          {catalogue.map((c) => (
            <tr key={c.name}>
              <td>{c.name}</td>
              <td>
                <AdminForm action="/api/admin/ccaps" className="inline-form" extra={{ action: "save", name: c.name }} label={t("describe", { ccap: c.name })}>
                  <TextField name="label" label={t("ccapLabel")} defaultValue={c.label} />
                  <TextField name="description" label={t("ccapDescription")} defaultValue={c.description} />
                  <button className="button" type="submit">
                    {t("save")}
                  </button>
                </AdminForm>
              </td>
              <td>
                <AdminForm action="/api/admin/ccaps" className="inline-form" extra={{ action: "delete", name: c.name }} confirm={t("removeConfirm", { ccap: c.name })} label={t("removeCcap", { ccap: c.name })}>
                  <button className="button danger" type="submit">
                    {t("remove")}
                  </button>
                </AdminForm>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <AdminForm action="/api/admin/ccaps" className="inline-form" extra={{ action: "save" }} label={t("addCcap")} resetOnSuccess>
        <TextField name="name" label={t("newCcapName")} placeholder="dossier_sahel" />
        <TextField name="label" label={t("ccapLabel")} placeholder={t("ccapLabelPlaceholder")} />
        <TextField name="description" label={t("ccapDescription")} />
        <button className="button" type="submit">
          {t("add")}
        </button>
      </AdminForm>

      {can(member.viewer.role, "manageSiteSettings") && (
        <>
          <h2>{t("site")}</h2>
          <AdminForm action="/api/admin/settings" label={t("siteSettings")} extra={{ section: "site" }}>
            <TextField name="maxSessionsPerMember" type="number" label={t("maxSessions")} defaultValue={settings.maxSessionsPerMember} />
            <TextField name="pastDueGraceDays" type="number" label={t("graceDays")} defaultValue={settings.pastDueGraceDays} />
            <SelectField name="paymentReversalPolicy" label={t("reversalPolicy")} defaultValue={settings.paymentReversalPolicy} options={PAYMENT_REVERSAL_POLICIES.map((value) => ({ value, label: t(`reversalPolicies.${value}`) }))} />
            {reason}
            <button className="button primary" type="submit">
              {t("save")}
            </button>
          </AdminForm>
        </>
      )}
    </>
  );
}
