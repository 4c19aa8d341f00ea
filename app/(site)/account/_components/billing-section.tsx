import { AccountBilling } from "@/app/_components/account-billing";
import { getDb } from "@/db/client";
import { billingMode } from "@/lib/billing/billing-mode";
import { listMemberInvoices } from "@/lib/billing/list-member-invoices";
import { listMemberSubscriptions } from "@/lib/billing/list-member-subscriptions";
import { memberCustomerId } from "@/lib/billing/member-customer-id";
import type { AccountSectionProps } from "./section-props";

/** Subscriptions, their controls, and invoices. */
export async function BillingSection({ member, now }: AccountSectionProps) {
  const db = await getDb();
  const userId = member.viewer.id;
  const [subscriptions, invoices, customerId] = await Promise.all([
    listMemberSubscriptions(db, { userId, now }),
    listMemberInvoices(db, { userId, limit: 24 }),
    memberCustomerId(db, userId),
  ]);
  return <AccountBilling subscriptions={subscriptions} invoices={invoices} mode={billingMode()} hasCustomer={customerId !== null} />;
}
