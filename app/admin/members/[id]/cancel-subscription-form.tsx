import { AdminForm } from "../../_components/admin-form";
import { SelectField, TextField } from "../../_components/fields";

/** Staff cancel one of the member's running subscriptions (lib/admin/members/cancel-member-subscription). */
export function CancelSubscriptionForm(props: { userId: string; subscriptions: readonly { id: string; planName: string | null }[] }) {
  if (props.subscriptions.length === 0) return null;
  return (
    <>
      <h2>Cancel a subscription</h2>
      <AdminForm action={`/api/admin/members/${props.userId}/cancel-subscription`} className="inline-form" label="Cancel a subscription" confirm="Cancel this subscription at Stripe?">
        <SelectField name="subscriptionId" label="Subscription" options={props.subscriptions.map((s) => ({ value: s.id, label: s.planName ?? s.id }))} />
        <SelectField
          name="when"
          label="When"
          defaultValue="period-end"
          options={[
            { value: "period-end", label: "At the end of the paid period" },
            { value: "now", label: "Now (access ends at once)" },
          ]}
        />
        <TextField name="reason" label="Reason" />
        <button className="button danger" type="submit">
          Cancel subscription
        </button>
      </AdminForm>
    </>
  );
}
