import { NextResponse } from "next/server";
import { z } from "zod";
import { readJson } from "@/app/_lib/route-handler";
import { importMembersCsv } from "@/lib/admin/members/import-members-csv";
import { parseInput } from "@/lib/admin/parse-input";
import { staffMutation } from "@/app/admin/_lib/staff-route";
import { currentLocale } from "@/app/_lib/locale";

const bodySchema = z.object({ csv: z.string().min(1, "Choose a CSV file."), dryRun: z.boolean().default(true) });

/** CSV import: a dry run (default) reports; `dryRun: false` applies a file without errors. */
export const POST = staffMutation("manageMembers", async ({ request, db, member }) => {
  const { csv, dryRun } = parseInput(bodySchema, await readJson(request, 2 * 1024 * 1024));
  return NextResponse.json(await importMembersCsv(db, { locale: await currentLocale(), actor: member.viewer, csv, dryRun, now: new Date() }));
});
