import { AdminForm } from "../_components/admin-form";
import { TextAreaField, TextField } from "../_components/fields";

/** E-mails every member the current filter finds, through the newsletter outbox (lib/newsletters/send-segment-email). */
export function EmailSegment({ filter, total }: { filter: Record<string, string>; total: number }) {
  return (
    <details className="rule">
      <summary>
        <strong>E-mail these {total} member(s)</strong>
      </summary>
      <AdminForm action="/api/admin/members/email" label="E-mail these members" extra={{ filter }} confirm={`Send this message to all ${total} member(s) the filter finds?`} resetOnSuccess>
        <TextField name="subject" label="Subject" required />
        <TextAreaField name="body" label="Message (Markdown)" rows={8} />
        <button className="button" type="submit">
          Send
        </button>
      </AdminForm>
    </details>
  );
}
