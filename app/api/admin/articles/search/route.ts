import { NextResponse } from "next/server";
import { isPlainText } from "@/lib/validation/has-control-characters";
import { searchArticles } from "@/lib/admin/articles/search-articles";
import { staffQuery } from "@/app/admin/_lib/staff-route";

export const dynamic = "force-dynamic";

/** Title search for the read-also picker. */
export const GET = staffQuery("writeArticles", async ({ request, member, db }) => {
  const q = new URL(request.url).searchParams.get("q") ?? "";
  if (!isPlainText(q)) return NextResponse.json({ results: [] });
  return NextResponse.json({ results: await searchArticles(db, member.viewer, q.slice(0, 200), new Date()) });
});
