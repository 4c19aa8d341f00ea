import { exportMembersCsv } from "@/lib/admin/members/export-members-csv";
import { parseMemberQuery } from "@/lib/admin/members/member-query";
import { staffQuery } from "@/app/admin/_lib/staff-route";

export const dynamic = "force-dynamic";

/** The members list, filtered as on the page, as a CSV download. */
export const GET = staffQuery("manageMembers", async ({ request, db }) => {
  const csv = await exportMembersCsv(db, parseMemberQuery(new URL(request.url).searchParams), new Date());
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="members-${new Date().toISOString().slice(0, 10)}.csv"`,
      "cache-control": "private, no-store",
    },
  });
});
