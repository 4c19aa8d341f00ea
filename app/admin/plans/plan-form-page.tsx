import type { Plan } from "@/db/schema";
import { getDb } from "@/db/client";
import { listCcapCatalogue } from "@/lib/admin/settings/list-ccap-catalogue";
import { billingMode } from "@/lib/billing/billing-mode";
import { getSettings } from "@/lib/settings/settings";
import { PlanForm } from "../_components/plan-form";

/** The plan editor with what it needs to offer: level labels and the ccap catalogue. */
export async function PlanFormPage({ plan, title }: { plan: Plan | null; title: string }) {
  const db = await getDb();
  const [settings, catalogue] = await Promise.all([getSettings(db), listCcapCatalogue(db)]);
  return (
    <>
      <h1>{title}</h1>
      <PlanForm plan={plan} levelLabels={settings.levelLabels} ccaps={catalogue.map((c) => c.name)} mode={billingMode() === "stripe" ? "stripe" : "test"} />
    </>
  );
}
