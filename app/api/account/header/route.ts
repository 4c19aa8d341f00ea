import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { currentMember } from "@/lib/auth/current-member-next";
import { listOfferedPlans } from "@/lib/billing/list-plans";
import { currentLocale } from "@/app/_lib/locale";
import { describeHeaderReader } from "@/lib/site-chrome/describe-header-reader";

export const dynamic = "force-dynamic";

/**
 * The site header's per-reader part (app/_components/header-account): who is signed in and
 * whether a plan could still add to what they read. Without a session cookie it answers
 * without touching the database. Never cached by anyone.
 */
export async function GET(): Promise<Response> {
  const now = new Date();
  const member = await currentMember(now);
  const plans = member ? await listOfferedPlans(await getDb()) : [];
  return NextResponse.json(describeHeaderReader(member, plans, now, await currentLocale()), { headers: { "cache-control": "private, no-store" } });
}
