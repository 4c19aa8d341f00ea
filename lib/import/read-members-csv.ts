import { parse } from "csv-parse";
import { unserialize } from "php-serialize";
import { AppError } from "@/lib/errors";

/** A member of the s2Member export, in the importer's terms. */
export interface WpMember {
  line: number;
  login: string;
  email: string;
  name: string;
  registered: Date | null;
  role: string;
  ccaps: string[];
  /** End of term; null when none is stored (not proof of lifetime access). */
  eot: Date | null;
  gateway: string;
  subscrId: string;
  customerId: string;
  /** When each paid level was first reached: level number → date. */
  paidRegistrationTimes: { level: number; at: Date }[];
  /** s2Member's own history: each capability gained (or lost, `-` prefix) and when. */
  accessCapTimes: { at: Date; cap: string }[];
  notes: string;
}

/** Lede's names for the columns a --members-map may point at other headers. */
export const MEMBER_FIELDS = ["login", "email", "first_name", "last_name", "display_name", "registered", "role", "ccaps", "eot", "gateway", "subscr_id", "customer_id", "paid_registration_times", "access_cap_times", "notes"] as const;
type Field = (typeof MEMBER_FIELDS)[number];

/** s2Member's usermeta keys (after the table prefix) for the fields that come from usermeta. */
const S2_META: Partial<Record<Field, string>> = {
  eot: "s2member_auto_eot_time",
  gateway: "s2member_subscr_gateway",
  subscr_id: "s2member_subscr_id",
  customer_id: "s2member_subscr_cid",
  paid_registration_times: "s2member_paid_registration_times",
  access_cap_times: "s2member_access_cap_times",
  notes: "s2member_notes",
};
const PLAIN: Partial<Record<Field, string[]>> = {
  login: ["user_login", "login", "username"],
  email: ["user_email", "email"],
  first_name: ["first_name", "meta_key__first_name"],
  last_name: ["last_name", "meta_key__last_name"],
  display_name: ["display_name"],
  registered: ["user_registered", "registration_date", "registered"],
  role: ["role"],
  ccaps: ["ccaps"],
};

/** Which header holds each field: s2Member's advanced export (any table prefix), plain names, then --members-map. */
export function memberColumns(headers: string[], map: Partial<Record<string, string>>): Partial<Record<Field, string>> {
  const lower = new Map(headers.map((h) => [h.trim().toLowerCase(), h]));
  const prefix = headers.map((h) => h.match(/^meta_key__(.*?)s2member_/i)?.[1]).find((p) => p !== undefined) ?? "wp_";
  const out: Partial<Record<Field, string>> = {};
  for (const field of MEMBER_FIELDS) {
    const candidates = [...(PLAIN[field] ?? []), ...(S2_META[field] ? [`meta_key__${prefix}${S2_META[field]}`, S2_META[field]!] : [])];
    const found = candidates.map((c) => lower.get(c.toLowerCase())).find(Boolean);
    if (found) out[field] = found;
  }
  for (const [field, header] of Object.entries(map)) {
    if (!MEMBER_FIELDS.includes(field as Field)) throw new AppError("INVALID_INPUT", `--members-map: unknown field "${field}" (known: ${MEMBER_FIELDS.join(", ")}).`);
    if (header && !lower.has(header.toLowerCase())) throw new AppError("INVALID_INPUT", `--members-map: the file has no column "${header}".`);
    if (header) out[field as Field] = lower.get(header.toLowerCase())!;
  }
  if (!out.email) throw new AppError("INVALID_INPUT", "The members file has no e-mail column (user_email); name it with --members-map email=<column>.");
  return out;
}

/** Unix seconds, or YYYY-MM-DD[ HH:MM:SS] (some exports), as a Date. */
export function parseTime(value: string): Date | null {
  const v = value.trim();
  if (!v || v === "0") return null;
  if (/^\d{9,11}(\.\d+)?$/.test(v)) return new Date(Number(v) * 1000);
  const m = v.match(/^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}:\d{2}))?$/);
  if (!m) return null;
  const d = new Date(`${m[1]}T${m[2] ?? "00:00:00"}Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** An array column: JSON (the advanced export) or PHP-serialized (older exports). */
function parseMap(value: string): Record<string, unknown> {
  const v = value.trim();
  if (!v) return {};
  try {
    const parsed: unknown = v.startsWith("{") || v.startsWith("[") ? JSON.parse(v) : unserialize(v, {}, { strict: false });
    return parsed && typeof parsed === "object" ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function toMember(record: Record<string, string>, columns: Partial<Record<Field, string>>, line: number): WpMember {
  const get = (f: Field) => (columns[f] ? (record[columns[f]!] ?? "").trim() : "");
  const paid = Object.entries(parseMap(get("paid_registration_times")))
    .map(([key, ts]) => ({ level: key === "level" ? 1 : Number(key.replace(/^level/, "")), at: parseTime(String(ts)) }))
    .filter((p): p is { level: number; at: Date } => Number.isInteger(p.level) && p.at !== null);
  const caps = Object.entries(parseMap(get("access_cap_times")))
    .map(([ts, cap]) => ({ at: parseTime(ts), cap: String(cap) }))
    .filter((c): c is { at: Date; cap: string } => c.at !== null)
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  const name = get("display_name") || [get("first_name"), get("last_name")].filter(Boolean).join(" ");
  return {
    line,
    login: get("login"),
    email: get("email").toLowerCase(),
    name,
    registered: parseTime(get("registered")),
    role: get("role").toLowerCase(),
    ccaps: get("ccaps").split(/[,;\s]+/).map((c) => c.trim().toLowerCase().replace(/^access_s2member_ccap_/, "")).filter(Boolean),
    eot: parseTime(get("eot")),
    gateway: get("gateway").toLowerCase(),
    subscrId: get("subscr_id"),
    customerId: get("customer_id"),
    paidRegistrationTimes: paid,
    accessCapTimes: caps,
    notes: get("notes"),
  };
}

/** Streams the members of an s2Member (advanced or simple, through the map) user export. */
export async function* readMembersCsv(input: AsyncIterable<Uint8Array | string>, map: Partial<Record<string, string>> = {}): AsyncGenerator<WpMember> {
  const parser = parse({ columns: true, bom: true, skip_empty_lines: true, relax_column_count: true });
  const feed = (async () => {
    try {
      for await (const chunk of input) if (!parser.write(chunk)) await new Promise((r) => parser.once("drain", r));
      parser.end();
    } catch (e) {
      parser.destroy(e as Error);
    }
  })();
  let columns: Partial<Record<Field, string>> | null = null;
  let line = 1;
  for await (const record of parser as AsyncIterable<Record<string, string>>) {
    columns ??= memberColumns(Object.keys(record), map);
    yield toMember(record, columns, ++line);
  }
  await feed;
}
