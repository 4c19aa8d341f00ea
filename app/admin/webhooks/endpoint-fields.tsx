"use client";

import { CheckboxGroup, TextField } from "../_components/fields";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/webhook-event-types";

const EVENT_OPTIONS = WEBHOOK_EVENT_TYPES.map((t) => ({ value: t, label: t }));

/** URL, description, events, enabled: the fields of an endpoint, new or saved. */
export function EndpointFields(props: { url?: string; description?: string; events?: readonly string[]; enabled?: boolean }) {
  return (
    <>
      <TextField name="url" label="Endpoint URL" type="url" defaultValue={props.url} placeholder="https://hooks.example.com/lede" hint="https only; public addresses only." />
      <TextField name="description" label="Description" defaultValue={props.description} />
      <CheckboxGroup name="events" label="Events" options={EVENT_OPTIONS} checked={props.events ?? []} />
      <label>
        <input type="checkbox" name="enabled" defaultChecked={props.enabled ?? true} /> Enabled (a disabled endpoint keeps its waiting deliveries until enabled again)
      </label>
    </>
  );
}
