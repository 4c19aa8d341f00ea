/** Initials for a member's name or address in the header ("Ada Lovelace" → "AL"). */
export function initialsOf(name: string | null, email: string | null): string {
  const words = (name ?? "").trim().split(/\s+/).filter(Boolean);
  if (words.length > 0) return words.slice(0, 2).map((w) => [...w][0]!.toUpperCase()).join("");
  const first = [...(email ?? "").trim()][0];
  return first ? first.toUpperCase() : "?";
}
