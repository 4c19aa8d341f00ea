/**
 * Request parameters as the `stripe` SDK sends them (form-encoded, qs-style nested keys:
 * `line_items[0][price]=…`, `metadata[userId]=…`, `expand[0]=…`) and Stripe-shaped API errors.
 */

export type FormValue = string | FormValue[] | FormObject;
export interface FormObject {
  [key: string]: FormValue;
}

/** An error the stand-in answers with `{ error: { type: "invalid_request_error", message, param?, code? } }`. */
export class StripeApiError extends Error {
  constructor(
    readonly statusCode: 400 | 401 | 404,
    message: string,
    readonly param?: string,
    readonly code?: string,
  ) {
    super(message);
  }

  body(): { error: { type: "invalid_request_error"; message: string; param?: string; code?: string } } {
    return { error: { type: "invalid_request_error", message: this.message, param: this.param, code: this.code } };
  }
}

export const noSuch = (kind: string, id: string, param = "id", statusCode: 400 | 404 = 404): StripeApiError =>
  new StripeApiError(statusCode, `No such ${kind}: '${id}'`, param, "resource_missing");

const isFormObject = (value: FormValue | undefined): value is FormObject =>
  typeof value === "object" && !Array.isArray(value);

/** `a[b][0]` → ["a", "b", "0"]; `expand[]` → ["expand", ""]. */
function splitKey(key: string): string[] {
  const open = key.indexOf("[");
  if (open <= 0) return [key];
  const segments = [key.slice(0, open)];
  for (const match of key.slice(open).matchAll(/\[([^\]]*)\]/g)) segments.push(match[1] ?? "");
  return segments;
}

/** Objects whose keys are exactly 0..n-1 become arrays, as qs does. */
function withArrays(value: FormValue): FormValue {
  if (!isFormObject(value)) return value;
  const keys = Object.keys(value);
  const entries = keys.map((key): [string, FormValue] => [key, withArrays(value[key] ?? "")]);
  if (keys.length > 0 && keys.every((key, index) => key === String(index))) return entries.map(([, item]) => item);
  return Object.fromEntries(entries);
}

/** Parses a form-encoded body or query string into nested objects and arrays. */
export function parseForm(text: string): FormObject {
  const root: FormObject = {};
  for (const [key, value] of new URLSearchParams(text)) {
    const segments = splitKey(key);
    let node = root;
    segments.forEach((raw, index) => {
      const segment = raw === "" ? String(Object.keys(node).length) : raw;
      if (index === segments.length - 1) {
        node[segment] = value;
        return;
      }
      const next = node[segment];
      if (isFormObject(next)) {
        node = next;
      } else {
        const created: FormObject = {};
        node[segment] = created;
        node = created;
      }
    });
  }
  const parsed = withArrays(root);
  return isFormObject(parsed) ? parsed : {};
}

export function optionalString(form: FormObject, key: string, param = key): string | undefined {
  const value = form[key];
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw new StripeApiError(400, `Invalid string: ${param}`, param, "parameter_invalid_string");
  return value;
}

export function requiredString(form: FormObject, key: string, param = key): string {
  const value = optionalString(form, key, param);
  if (value === undefined || value === "") {
    throw new StripeApiError(400, `Missing required param: ${param}.`, param, "parameter_missing");
  }
  return value;
}

export function optionalInteger(form: FormObject, key: string, param = key): number | undefined {
  const value = optionalString(form, key, param);
  if (value === undefined || value === "") return undefined;
  if (!/^-?\d+$/.test(value)) throw new StripeApiError(400, `Invalid integer: ${value}`, param, "parameter_invalid_integer");
  return Number(value);
}

export function optionalBoolean(form: FormObject, key: string, param = key): boolean | undefined {
  const value = optionalString(form, key, param);
  if (value === undefined || value === "") return undefined;
  if (value !== "true" && value !== "false") throw new StripeApiError(400, `Invalid boolean: ${value}`, param);
  return value === "true";
}

export function optionalObject(form: FormObject, key: string, param = key): FormObject | undefined {
  const value = form[key];
  if (value === undefined || value === "") return undefined;
  if (!isFormObject(value)) throw new StripeApiError(400, `Invalid object: ${param}`, param, "parameter_invalid_object");
  return value;
}

export function optionalArray(form: FormObject, key: string, param = key): FormValue[] | undefined {
  const value = form[key];
  if (value === undefined || value === "") return undefined;
  if (!Array.isArray(value)) throw new StripeApiError(400, `Invalid array: ${param}`, param, "parameter_invalid_array");
  return value;
}

/** `metadata[key]=value` pairs; Stripe stores only strings (an empty value unsets a key on update). */
export function metadataParam(form: FormObject, key = "metadata", param = key): Record<string, string> | undefined {
  const value = optionalObject(form, key, param);
  if (value === undefined) return form[key] === "" ? {} : undefined;
  const metadata: Record<string, string> = {};
  for (const [name, entry] of Object.entries(value)) {
    if (typeof entry !== "string") throw new StripeApiError(400, `Invalid metadata value: ${param}[${name}]`, `${param}[${name}]`);
    metadata[name] = entry;
  }
  return metadata;
}
