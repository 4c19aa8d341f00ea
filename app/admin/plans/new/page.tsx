import { getTranslations } from "next-intl/server";
import { requireStaff } from "../../_lib/require-staff";
import { PlanFormPage } from "../plan-form-page";

export const dynamic = "force-dynamic";

export default async function NewPlanPage() {
  await requireStaff("managePlans", "/admin/plans/new");
  const t = await getTranslations("adminPeople.plans");
  return <PlanFormPage plan={null} title={t("newPlan")} />;
}
