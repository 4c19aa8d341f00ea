import { NextResponse } from "next/server";
import { isAppError } from "@/lib/errors";
import { localiseErrorBody } from "./localise-error";
import { readBoundedText } from "./read-bounded-body";
import { isSameOrigin } from "@/server/http/is-same-origin";

const MAX_JSON_BYTES = 16 * 1024;

/** Reads a small JSON body; oversized or malformed bodies become clear 4xx answers. */
export async function readJson(request: Request, maxBytes = MAX_JSON_BYTES): Promise<unknown> {
  const text = await readBoundedText(request, maxBytes);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw Object.assign(new Error("The request body is not valid JSON."), { status: 400 });
  }
}

/** The answer to a request that fails the same-origin check (CSRF). */
export async function crossOriginRefused(): Promise<Response> {
  return NextResponse.json(await localiseErrorBody({ error: "Cross-origin request refused." }), { status: 403 });
}

/**
 * Wraps a state-changing route handler: refuses cross-origin requests (CSRF), maps
 * AppError to its status with a message and field errors (in the site's language), and never
 * leaks a stack trace.
 */
export function mutationRoute(handler: (request: Request) => Promise<Response>) {
  return async (request: Request): Promise<Response> => {
    if (!isSameOrigin(request.headers)) return crossOriginRefused();
    try {
      return await handler(request);
    } catch (e) {
      // A service that did not answer (503): say when to try again.
      if (isAppError(e)) return NextResponse.json(await localiseErrorBody({ error: e.message, fieldErrors: e.fieldErrors }, e.words, e.fieldWords), { status: e.status, headers: e.status === 503 ? { "retry-after": "60" } : {} });
      const status = (e as { status?: unknown }).status;
      if (typeof status === "number" && status >= 400 && status < 500) return NextResponse.json(await localiseErrorBody({ error: (e as Error).message }), { status });
      console.error("[lede] route failed:", e);
      return NextResponse.json(await localiseErrorBody({ error: "Something went wrong on our side. Please try again." }), { status: 500 });
    }
  };
}
