import { useTranslations } from "next-intl";
import { AdminForm } from "../_components/admin-form";
import { TextAreaField, TextField } from "../_components/fields";

/** E-mails every member the current filter finds, through the newsletter outbox (lib/newsletters/send-segment-email). */
export function EmailSegment({ filter, total }: { filter: Record<string, string>; total: number }) {
  const t = useTranslations("adminPeople.members.email");
  return (
    <details className="rule">
      <summary>
        <strong>{t("summary", { count: total })}</strong>
      </summary>
      <AdminForm action="/api/admin/members/email" label={t("formLabel")} extra={{ filter }} confirm={t("confirm", { count: total })} resetOnSuccess>
        <TextField name="subject" label={t("subject")} required />
        <TextAreaField name="body" label={t("body")} rows={8} />
        <button className="button" type="submit">
          {t("send")}
        </button>
      </AdminForm>
    </details>
  );
}
