/** "2024-03-05 14:30:00" (WordPress' GMT columns) → a Date; null for "0000-00-00 00:00:00" or junk. */
export function parseWordPressDate(value: string): Date | null {
  const m = value.trim().match(/^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/);
  if (!m || m[1] === "0000") return null;
  const date = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}
