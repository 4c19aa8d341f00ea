import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { parseUnsubscribeLink, unsubscribeWithToken } from "@/lib/newsletters/unsubscribe-with-token";

/**
 * One-click unsubscribe (RFC 8058): the mail client POSTs `List-Unsubscribe=One-Click` to
 * the link in the List-Unsubscribe header. The signed link is the authority, not a session
 * or an origin (mail providers post cross-site), and it can only unsubscribe. A browser
 * form from the confirmation page is sent back there; a GET (a client that only opens
 * links) is sent to that page too, which asks before changing anything.
 */
export async function POST(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const secret = env().AUTH_SECRET;
  try {
    if (!secret) throw Object.assign(new Error("Unsubscribing is not configured (AUTH_SECRET)."), { status: 503 });
    const link = parseUnsubscribeLink(params, secret);
    await unsubscribeWithToken(await getDb(), link);
    if ((request.headers.get("accept") ?? "").includes("text/html")) {
      return NextResponse.redirect(new URL(`/newsletters/unsubscribe?${params}&done=1`, env().publicOrigin), 303);
    }
    return NextResponse.json({ message: "Unsubscribed." });
  } catch (e) {
    if (isAppError(e)) return NextResponse.json({ error: e.message }, { status: e.status });
    const status = (e as { status?: unknown }).status;
    if (typeof status === "number") return NextResponse.json({ error: (e as Error).message }, { status });
    console.error("[lede] unsubscribe failed:", e);
    return NextResponse.json({ error: "Something went wrong on our side. Please try again." }, { status: 500 });
  }
}

export function GET(request: Request): Response {
  const params = new URL(request.url).searchParams;
  return NextResponse.redirect(new URL(`/newsletters/unsubscribe?${params}`, env().publicOrigin), 303);
}
