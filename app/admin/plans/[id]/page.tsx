import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { parseSerialId } from "@/lib/validation/ids";
import { getPlan } from "@/lib/billing/plans/get-plan";
import { requireStaff } from "../../_lib/require-staff";
import { PlanFormPage } from "../plan-form-page";

export const dynamic = "force-dynamic";

export default async function EditPlanPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireStaff("managePlans", `/admin/plans/${id}`);
  const planId = parseSerialId(id);
  const plan = planId === null ? null : await getPlan(await getDb(), planId);
  if (!plan) notFound();
  const t = await getTranslations("adminPeople.plans");
  return <PlanFormPage plan={plan} title={t("editTitle", { name: plan.name })} />;
}
