/**
 * The members CSV, shared by export and import so a file exported can be edited and
 * imported again. `ccaps` is `name` or `name:YYYY-MM-DD` (end date), separated by `;`.
 * `level_until` makes the level complimentary until that date instead of the account's.
 */
export const MEMBER_CSV_COLUMNS = ["email", "name", "level", "level_until", "ccaps", "role", "plan_status", "created_at"] as const;

export function formatCcapCell(ccaps: readonly { name: string; expiresAt: Date | string | null }[]): string {
  return ccaps.map((c) => (c.expiresAt ? `${c.name}:${new Date(c.expiresAt).toISOString().slice(0, 10)}` : c.name)).join(";");
}

/**
 * Spreadsheets run a cell starting with = + - @ as a formula, and member names are typed
 * by readers: such cells are exported with a leading apostrophe, which import removes.
 */
export function toSafeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function fromSafeCell(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}
