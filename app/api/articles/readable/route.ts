import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { currentMember } from "@/lib/auth/current-member-next";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/session-cookie-names";
import { listReadableArticleIds, MAX_READABLE_IDS } from "@/lib/articles/list-readable-article-ids";

const PRIVATE = { "cache-control": "private, no-store" };

/**
 * GET /api/articles/readable?ids=1,2,3 → { readable: [1, 3] }: which of the listed pieces
 * the signed-in reader may already read, so a shared listing's badges can say so. Without a
 * session cookie it answers at once, never touching the session store. Ids in, ids out:
 * no title, no text.
 */
export async function GET(request: Request): Promise<Response> {
  const raw = new URL(request.url).searchParams.get("ids") ?? "";
  const parts = raw === "" ? [] : raw.split(",");
  if (parts.length > MAX_READABLE_IDS || parts.some((p) => !/^[1-9][0-9]{0,9}$/.test(p))) {
    return NextResponse.json({ error: `Give up to ${MAX_READABLE_IDS} article ids, comma-separated.` }, { status: 400, headers: PRIVATE });
  }
  const cookies = request.headers.get("cookie") ?? "";
  if (!SESSION_COOKIE_NAMES.some((name) => cookies.includes(`${name}=`))) return NextResponse.json({ readable: [] }, { headers: PRIVATE });
  const member = await currentMember();
  const readable = member ? await listReadableArticleIds(await getDb(), member.viewer, parts.map(Number), new Date()) : [];
  return NextResponse.json({ readable }, { headers: PRIVATE });
}
