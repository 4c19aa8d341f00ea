/** NUL, the other C0 controls and DEL; tab, newline and carriage return belong to free text. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/**
 * Whether any string in a parsed body (keys included, to any depth) holds a control
 * character. Such input is refused before it reaches a query: PostgreSQL refuses a NUL in
 * text with an error, and the others have no business in names, ids or articles.
 */
export function hasControlCharacters(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return CONTROL.test(value);
  if (depth > 20 || value === null || typeof value !== "object") return false;
  const entries = Array.isArray(value) ? value.map((v) => ["", v] as const) : Object.entries(value);
  return entries.some(([k, v]) => CONTROL.test(k) || hasControlCharacters(v, depth + 1));
}

/** Whether a single string is free of control characters (for zod refinements). */
export function isPlainText(value: string): boolean {
  return !CONTROL.test(value);
}
