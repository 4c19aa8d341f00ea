import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { getPlan } from "@/lib/billing/plans/get-plan";
import { requireStaff } from "../../_lib/require-staff";
import { PlanFormPage } from "../plan-form-page";

export const dynamic = "force-dynamic";

export default async function EditPlanPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireStaff("managePlans", `/admin/plans/${id}`);
  const plan = /^[1-9][0-9]{0,9}$/.test(id) ? await getPlan(await getDb(), Number(id)) : null;
  if (!plan) notFound();
  return <PlanFormPage plan={plan} title={`Plan: ${plan.name}`} />;
}
