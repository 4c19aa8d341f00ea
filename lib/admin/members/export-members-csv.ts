import { stringify } from "csv-stringify/sync";
import type { Database } from "@/db/client";
import type { MemberQuery } from "./member-query";
import { MEMBER_CSV_COLUMNS, formatCcapCell, toSafeCell } from "./members-csv-columns";
import { searchMembers } from "./search-members";

/** The filtered members list as CSV (every match, not just one page). */
export async function exportMembersCsv(db: Database, query: MemberQuery, now: Date): Promise<string> {
  const { rows } = await searchMembers(db, query, { now, limit: null });
  return stringify(
    rows.map((r) => {
      const comp = r.compLevel !== null && r.compUntil && r.compUntil > now;
      return {
        email: toSafeCell(r.email ?? ""),
        name: toSafeCell(r.name ?? ""),
        level: comp ? r.compLevel : r.level,
        level_until: comp ? r.compUntil!.toISOString().slice(0, 10) : "",
        ccaps: formatCcapCell(r.ccaps),
        role: r.role,
        plan_status: r.planStatus ?? "",
        created_at: r.createdAt.toISOString(),
      };
    }),
    { header: true, columns: [...MEMBER_CSV_COLUMNS] },
  );
}
