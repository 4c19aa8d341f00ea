import { useTranslations } from "next-intl";
import { AdminForm } from "../../_components/admin-form";
import { SelectField, TextField } from "../../_components/fields";

/** Staff cancel one of the member's running subscriptions (lib/admin/members/cancel-member-subscription). */
export function CancelSubscriptionForm(props: { userId: string; subscriptions: readonly { id: string; planName: string | null }[] }) {
  const t = useTranslations("adminPeople.members.cancel");
  if (props.subscriptions.length === 0) return null;
  return (
    <>
      <h2>{t("title")}</h2>
      <AdminForm action={`/api/admin/members/${props.userId}/cancel-subscription`} className="inline-form" label={t("title")} confirm={t("confirm")}>
        <SelectField name="subscriptionId" label={t("subscription")} options={props.subscriptions.map((s) => ({ value: s.id, label: s.planName ?? s.id }))} />
        <SelectField
          name="when"
          label={t("when")}
          defaultValue="period-end"
          options={[
            { value: "period-end", label: t("periodEnd") },
            { value: "now", label: t("now") },
          ]}
        />
        <TextField name="reason" label={t("reason")} />
        <button className="button danger" type="submit">
          {t("submit")}
        </button>
      </AdminForm>
    </>
  );
}
