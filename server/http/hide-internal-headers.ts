import type { ServerResponse } from "node:http";
import { RENDERED_AT_HEADER } from "../next-adapter";

/**
 * When a cached page's render began is for this server's page memory (it asks Next over the
 * loopback and reads it there); an answer that goes from Next to a reader does not carry it.
 * Removed as the head is written, whether set as a header (as Next does) or passed to
 * writeHead as an object.
 */
export function hideInternalHeaders(response: ServerResponse): void {
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
  response.writeHead = ((...args: unknown[]) => {
    response.removeHeader(RENDERED_AT_HEADER);
    for (const headers of args.slice(1)) {
      if (headers === null || typeof headers !== "object" || Array.isArray(headers)) continue;
      for (const name of Object.keys(headers)) if (name.toLowerCase() === RENDERED_AT_HEADER) delete (headers as Record<string, unknown>)[name];
    }
    return writeHead(...args);
  }) as ServerResponse["writeHead"];
}
