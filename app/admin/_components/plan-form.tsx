"use client";

import { useTranslations } from "next-intl";
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
  const t = useTranslations("adminPeople.plans.form");
  return (
    <AdminForm action={plan ? `/api/admin/plans/${plan.id}` : "/api/admin/plans"} label={t("formLabel")}>
      <TextField name="name" label={t("name")} defaultValue={plan?.name ?? ""} />
      <TextAreaField name="description" label={t("description")} defaultValue={plan?.description ?? ""} rows={2} />
      <TextAreaField name="benefits" label={t("benefits")} defaultValue={plan?.benefits.join("\n") ?? ""} rows={4} />
      <SelectField name="level" label={t("level")} defaultValue={String(plan?.level ?? 1)} options={props.levelLabels.map((label, level) => ({ value: String(level), label: t("levelNamed", { level, label }) }))} />
      <CheckboxGroup name="ccaps" label={t("ccaps")} options={props.ccaps.map((c) => ({ value: c, label: c }))} checked={plan?.ccaps} />
      <TextField name="price" label={t("price")} defaultValue={plan ? formatMajorAmount(plan.amount, plan.currency) : ""} placeholder="9.00" />
      <TextField name="currency" label={t("currency")} defaultValue={plan?.currency ?? "eur"} />
      <SelectField name="interval" label={t("interval")} defaultValue={plan?.interval ?? "month"} options={[{ value: "month", label: t("month") }, { value: "year", label: t("year") }]} />
      <TextField name="trialDays" label={t("trialDays")} type="number" defaultValue={plan?.trialDays ?? 0} />
      <SelectField name="status" label={t("offer")} defaultValue={plan?.status ?? "active"} options={[{ value: "active", label: t("offered") }, { value: "hidden", label: t("hidden") }]} />
      <TextField
        name="stripePriceId"
        label={t("stripePriceId")}
        defaultValue={plan?.stripePriceId ?? ""}
        hint={props.mode === "stripe" ? t("stripeHint") : t("testHint")}
      />
      <TextField name="position" label={t("position")} type="number" defaultValue={plan?.position ?? 0} />
      <button className="button primary" type="submit">
        {t("submit")}
      </button>
    </AdminForm>
  );
}
