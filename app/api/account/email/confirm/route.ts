import { NextResponse } from "next/server";
import { mutationRoute, readJson } from "@/app/_lib/route-handler";
import { getDb } from "@/db/client";
import { accountChangeRules } from "@/lib/account/account-rate-rules";
import { confirmEmailChange } from "@/lib/account/confirm-email-change";
import { currentGateway } from "@/lib/billing/current-gateway";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { clientIp } from "@/server/http/client-ip";

/** The new address's link was followed (its page's button): the address changes now. */
export const POST = mutationRoute(async (request) => {
  const body = (await readJson(request)) as Record<string, unknown> | null;
  const db = await getDb();
  const now = new Date();
  await consumeRateLimit(db, accountChangeRules("link-use", `ip:${clientIp(request.headers)}`), now);
  await confirmEmailChange(db, () => currentGateway(db), { token: body?.token, now });
  return NextResponse.json({ redirect: "/account/confirm-email?changed=1" });
});
