"use client";

import { useTranslations } from "next-intl";
import { CheckboxGroup, TextField } from "../_components/fields";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/webhook-event-types";

const EVENT_OPTIONS = WEBHOOK_EVENT_TYPES.map((t) => ({ value: t, label: t }));

/** URL, description, events, enabled: the fields of an endpoint, new or saved. */
export function EndpointFields(props: { url?: string; description?: string; events?: readonly string[]; enabled?: boolean }) {
  const t = useTranslations("adminPeople.webhooks.fields");
  return (
    <>
      <TextField name="url" label={t("url")} type="url" defaultValue={props.url} placeholder="https://hooks.example.com/lede" hint={t("urlHint")} />
      <TextField name="description" label={t("description")} defaultValue={props.description} />
      <CheckboxGroup name="events" label={t("events")} options={EVENT_OPTIONS} checked={props.events ?? []} />
      <label>
        <input type="checkbox" name="enabled" defaultChecked={props.enabled ?? true} /> {t("enabled")}
      </label>
    </>
  );
}
