"use client";

import { useTranslations } from "next-intl";
import { useId, type ReactNode } from "react";
import { FieldError, useFieldError } from "./admin-form";

interface Common {
  name: string;
  label: string;
  hint?: ReactNode;
  /** The key of this field's error when it differs from `name` (e.g. lists). */
  errorKey?: string;
}

function Frame(props: Common & { id: string; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      {props.children}
      {props.hint && <p className="hint">{props.hint}</p>}
      <FieldError name={props.errorKey ?? props.name} id={`${props.id}-error`} />
    </div>
  );
}

export function TextField(props: Common & { defaultValue?: string | number; type?: string; required?: boolean; placeholder?: string }) {
  const id = useId();
  const error = useFieldError(props.errorKey ?? props.name);
  return (
    <Frame {...props} id={id}>
      <input id={id} name={props.name} type={props.type ?? "text"} defaultValue={props.defaultValue} required={props.required} placeholder={props.placeholder} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} />
    </Frame>
  );
}

export function TextAreaField(props: Common & { defaultValue?: string; rows?: number }) {
  const id = useId();
  const error = useFieldError(props.errorKey ?? props.name);
  return (
    <Frame {...props} id={id}>
      <textarea id={id} name={props.name} defaultValue={props.defaultValue} rows={props.rows ?? 4} aria-invalid={error ? true : undefined} />
    </Frame>
  );
}

export function SelectField(props: Common & { defaultValue?: string; options: { value: string; label: string }[] }) {
  const id = useId();
  const error = useFieldError(props.errorKey ?? props.name);
  return (
    <Frame {...props} id={id}>
      <select id={id} name={props.name} defaultValue={props.defaultValue} aria-invalid={error ? true : undefined}>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

/** A list of checkboxes sent as `name[]` (always a list, possibly empty). */
export function CheckboxGroup(props: Common & { options: { value: string; label: string }[]; checked?: readonly string[] }) {
  const error = useFieldError(props.errorKey ?? props.name);
  const t = useTranslations("admin.fields");
  return (
    <fieldset className="field" aria-invalid={error ? true : undefined}>
      <legend>
        <strong>{props.label}</strong>
      </legend>
      <div className="checks">
        {props.options.length === 0 && <span className="meta">{t("noneDefined")}</span>}
        {props.options.map((o) => (
          <label key={o.value}>
            <input type="checkbox" name={`${props.name}[]`} value={o.value} defaultChecked={props.checked?.includes(o.value)} /> {o.label}
          </label>
        ))}
      </div>
      {props.hint && <p className="hint">{props.hint}</p>}
      <FieldError name={props.errorKey ?? props.name} />
    </fieldset>
  );
}

/** Public / level 0–4 plus ccaps: the fields of a requirement, under `prefix.level` and `prefix.ccaps[]`. */
export function RequirementFields(props: { prefix: string; level: number | null; ccaps: readonly string[]; levelLabels: readonly string[]; catalogue: readonly { name: string }[]; label?: string }) {
  const t = useTranslations("admin.fields");
  return (
    <>
      <SelectField
        name={`${props.prefix}.level`}
        label={props.label ?? t("whoMayRead")}
        defaultValue={props.level === null ? "public" : String(props.level)}
        options={[{ value: "public", label: t("publicEveryone") }, ...props.levelLabels.map((l, i) => ({ value: String(i), label: t("levelAndAbove", { level: String(i), label: l }) }))]}
      />
      <CheckboxGroup name={`${props.prefix}.ccaps`} label={t("andCapabilities")} options={props.catalogue.map((c) => ({ value: c.name, label: c.name }))} checked={props.ccaps} />
    </>
  );
}
