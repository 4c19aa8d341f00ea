import { unserialize } from "php-serialize";
import { AppError } from "@/lib/errors";

/**
 * s2Member's options (`ws_plugin__s2member_options`) from WP-CLI's JSON or the PHP-serialized
 * string s2Member Pro exports. Values are kept as strings: that is how WordPress stores them.
 */
export function readS2MemberOptions(text: string): Map<string, string> {
  const trimmed = text.trim().replace(/^\uFEFF/, "");
  let value: unknown;
  try {
    value = trimmed.startsWith("{") ? JSON.parse(trimmed) : unserialize(trimmed, {}, { strict: false });
  } catch (e) {
    throw new AppError("INVALID_INPUT", `The s2Member options are neither JSON nor a PHP-serialized array: ${(e as Error).message}`);
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) throw new AppError("INVALID_INPUT", "The s2Member options must be an object (key → value).");
  const out = new Map<string, string>();
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    out.set(key, v === null || v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : String(v));
  }
  return out;
}
