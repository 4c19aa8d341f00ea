import type { Role } from "@/lib/access/types";

export interface RoleAccess {
  role: Role;
  /** The s2Member level; null for staff (they read everything in Lede by their role). */
  level: number | null;
  notice?: { kind: string; message: string };
}

const STAFF: Record<string, Role> = { administrator: "admin", editor: "editor", author: "author", contributor: "author" };

/** A WordPress role as Lede's: subscriber = level 0, s2member_levelN = N, staff roles to Lede's staff. */
export function roleToAccess(wpRole: string): RoleAccess {
  const role = wpRole.trim().toLowerCase().split(/[,\s]+/)[0] ?? "";
  if (role === "subscriber" || role === "") return { role: "reader", level: 0 };
  const level = role.match(/^s2member_level(\d+)$/);
  if (level) {
    const n = Number(level[1]);
    if (n <= 4) return { role: "reader", level: n };
    return { role: "reader", level: 4, notice: { kind: "level-above-4", message: `${role}: Lede has levels 0 to 4, imported as level 4` } };
  }
  const staff = STAFF[role];
  if (staff) return { role: staff, level: null, notice: { kind: "staff-role", message: `WordPress ${role} → Lede ${staff}` } };
  return { role: "reader", level: 0, notice: { kind: "unknown-role", message: `role “${role}” is not a WordPress or s2Member role: imported as level 0` } };
}
