"use client";

import { formatMajorAmount } from "@/lib/billing/minor-units";
import { AdminForm } from "./admin-form";
import { CheckboxGroup, SelectField, TextAreaField, TextField } from "./fields";

export interface PlanFields {
  id: number;
  name: string;
  description: string;
  benefits: string[];
  level: number;
  ccaps: string[];
  amount: number;
  currency: string;
  interval: "month" | "year";
  trialDays: number;
  status: "active" | "hidden";
  stripePriceId: string | null;
  position: number;
}

/** Create or edit a plan: what it sells (level, ccaps) and for how much. */
export function PlanForm(props: { plan: PlanFields | null; levelLabels: readonly string[]; ccaps: string[]; mode: "stripe" | "test" }) {
  const { plan } = props;
  return (
    <AdminForm action={plan ? `/api/admin/plans/${plan.id}` : "/api/admin/plans"} label="Plan">
      <TextField name="name" label="Name" defaultValue={plan?.name ?? ""} />
      <TextAreaField name="description" label="Description" defaultValue={plan?.description ?? ""} rows={2} />
      <TextAreaField name="benefits" label="Benefits (one per line)" defaultValue={plan?.benefits.join("\n") ?? ""} rows={4} />
      <SelectField name="level" label="Level granted" defaultValue={String(plan?.level ?? 1)} options={props.levelLabels.map((label, level) => ({ value: String(level), label: `Level ${level} “${label}”` }))} />
      <CheckboxGroup name="ccaps" label="Capabilities granted" options={props.ccaps.map((c) => ({ value: c, label: c }))} checked={plan?.ccaps} />
      <TextField name="price" label="Price" defaultValue={plan ? formatMajorAmount(plan.amount, plan.currency) : ""} placeholder="9.00" />
      <TextField name="currency" label="Currency" defaultValue={plan?.currency ?? "eur"} />
      <SelectField name="interval" label="Billed every" defaultValue={plan?.interval ?? "month"} options={[{ value: "month", label: "Month" }, { value: "year", label: "Year" }]} />
      <TextField name="trialDays" label="Free trial (days)" type="number" defaultValue={plan?.trialDays ?? 0} />
      <SelectField name="status" label="Offer" defaultValue={plan?.status ?? "active"} options={[{ value: "active", label: "Offered on /subscribe" }, { value: "hidden", label: "Hidden (existing subscribers keep it)" }]} />
      <TextField
        name="stripePriceId"
        label="Stripe price id"
        defaultValue={plan?.stripePriceId ?? ""}
        hint={props.mode === "stripe" ? "Paste another existing price (price_…) to link it, or leave as is: a new amount, currency or interval creates a new price on the plan's product, and subscribers on earlier prices keep the plan." : "Test mode: leave empty and a test price is made."}
      />
      <TextField name="position" label="Order on the page" type="number" defaultValue={plan?.position ?? 0} />
      <button className="button primary" type="submit">
        Save plan
      </button>
    </AdminForm>
  );
}
