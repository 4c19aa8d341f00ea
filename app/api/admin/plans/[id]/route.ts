import { NextResponse } from "next/server";
import { getTranslations } from "next-intl/server";
import { readJson } from "@/app/_lib/route-handler";
import { ALL_PAGES_TAG } from "@/lib/page-tags/page-tags";
import { purgePages } from "@/server/cache/page-cache";
import { idParam, staffMutation } from "@/app/admin/_lib/staff-route";
import { currentGateway } from "@/lib/billing/current-gateway";
import { savePlan } from "@/lib/billing/plans/save-plan";

export const POST = staffMutation<{ id: string }>("managePlans", async ({ request, db, member, params }) => {
  const plan = await savePlan(db, currentGateway(db), { input: await readJson(request), id: idParam(params.id), actorId: member.viewer.id });
  // Paywall boxes name the plans and their prices: every cached page is stale.
  await purgePages([ALL_PAGES_TAG]);
  const t = await getTranslations("adminPeople.plans.answers");
  return NextResponse.json({ message: t("saved", { name: plan.name }) });
});
