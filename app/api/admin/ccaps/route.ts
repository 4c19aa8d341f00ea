import { NextResponse } from "next/server";
import { readJson } from "@/app/_lib/route-handler";
import { ALL_PAGES_TAG } from "@/lib/page-tags/page-tags";
import { purgePages } from "@/server/cache/page-cache";
import { saveCcap } from "@/lib/admin/settings/save-ccap";
import { staffMutation } from "@/app/admin/_lib/staff-route";
import { currentLocale } from "@/app/_lib/locale";

/** The capability catalogue: add, describe, remove. */
export const POST = staffMutation("manageAccess", async ({ request, db, member }) => {
  const result = await saveCcap(db, { locale: await currentLocale(), actorId: member.viewer.id, input: await readJson(request) });
  // Paywall boxes and plan cards name capabilities by their labels.
  await purgePages([ALL_PAGES_TAG]);
  return NextResponse.json(result);
});
