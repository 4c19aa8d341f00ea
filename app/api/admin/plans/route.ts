import { NextResponse } from "next/server";
import { getTranslations } from "next-intl/server";
import { readJson } from "@/app/_lib/route-handler";
import { ALL_PAGES_TAG } from "@/lib/page-tags/page-tags";
import { purgePages } from "@/server/cache/page-cache";
import { staffMutation } from "@/app/admin/_lib/staff-route";
import { currentGateway } from "@/lib/billing/current-gateway";
import { savePlan } from "@/lib/billing/plans/save-plan";

export const POST = staffMutation("managePlans", async ({ request, db, member }) => {
  const plan = await savePlan(db, currentGateway(db), { input: await readJson(request), actorId: member.viewer.id });
  // Paywall boxes name the plans and their prices: every cached page is stale.
  await purgePages([ALL_PAGES_TAG]);
  const t = await getTranslations("adminPeople.plans.answers");
  return NextResponse.json({ message: t("created", { name: plan.name }), redirect: `/admin/plans/${plan.id}` }, { status: 201 });
});
