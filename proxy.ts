import { NextResponse, type NextRequest } from "next/server";

/*
 * Turns away URLs that cannot name anything: broken percent-encoding, NUL bytes, absurdly
 * long segments. Without this they reach the page cache's file names and fail with a 500.
 * The matcher only runs this for paths with unusual characters, so ordinary page views
 * (the anonymous hot path) never pay for it.
 */
export function proxy(request: NextRequest): NextResponse {
  for (const segment of request.nextUrl.pathname.split("/")) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return notFound();
    }
    if (decoded.length > 200 || /[\u0000-\u001f\u007f]/.test(decoded)) return notFound();
  }
  return NextResponse.next();
}

function notFound(): NextResponse {
  return new NextResponse("Not found: this address is not valid.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
}

export const config = {
  matcher: ["/:path*((?:.*[^A-Za-z0-9/_.~\\-].*)|(?:.*[^/]{201,}.*))"],
};
