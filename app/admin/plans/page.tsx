import Link from "next/link";
import { getDb } from "@/db/client";
import { billingMode } from "@/lib/billing/billing-mode";
import { formatPrice } from "@/lib/billing/list-plans";
import { planUnavailableReason } from "@/lib/billing/plan-unavailable-reason";
import { listAllPlans } from "@/lib/billing/plans/list-all-plans";
import { requireStaff } from "../_lib/require-staff";

export const dynamic = "force-dynamic";

export default async function PlansPage() {
  await requireStaff("managePlans", "/admin/plans");
  const plans = await listAllPlans(await getDb());
  const mode = billingMode();
  return (
    <>
      <div className="actions-row">
        <h1>Plans</h1>
        <Link className="button primary" href="/admin/plans/new">
          New plan
        </Link>
      </div>
      <table className="admin-table">
        <thead>
          <tr>
            <th>Name</th>
            <th>Level</th>
            <th>Capabilities</th>
            <th>Price</th>
            <th>Offer</th>
            <th>Stripe price</th>
          </tr>
        </thead>
        <tbody>
          {plans.map((p) => (
            <tr key={p.id}>
              <td>
                <Link href={`/admin/plans/${p.id}`}>{p.name}</Link>
              </td>
              <td>{p.level}</td>
              <td>{p.ccaps.join(", ") || "—"}</td>
              <td>{formatPrice(p.amount, p.currency, p.interval)}</td>
              <td>{p.status}</td>
              <td>
                <code>{p.stripePriceId ?? "—"}</code>
                {planUnavailableReason(p, mode) && (
                  <span className="badge warning" data-testid="plan-unavailable">
                    {planUnavailableReason(p, mode)}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
