import { NextResponse } from "next/server";
import { requireMember } from "@/app/_lib/require-member";
import { mutationRoute } from "@/app/_lib/route-handler";
import { getDb } from "@/db/client";
import { currentGateway } from "@/lib/billing/current-gateway";
import { memberCustomerId } from "@/lib/billing/member-customer-id";
import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";
import { getSiteIdentity } from "@/lib/settings/site-identity";

/** Opens Stripe's Customer Portal for the member's own customer, in the site's language. */
export const POST = mutationRoute(async () => {
  const member = await requireMember();
  const db = await getDb();
  const customerId = await memberCustomerId(db, member.viewer.id);
  if (!customerId) throw new AppError("NOT_FOUND", "You have no billing account yet.");
  const { language: locale } = await getSiteIdentity(db);
  const url = await currentGateway(db).createPortalSession({ customerId, returnUrl: `${env().publicOrigin}/account`, locale });
  if (!url) throw new AppError("NOT_FOUND", "The billing portal is not available in test mode; use the test controls on your account page.");
  return NextResponse.json({ redirect: url });
});
