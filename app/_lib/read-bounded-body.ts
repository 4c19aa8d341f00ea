import { env } from "@/lib/env";

/** Thrown when a request body is larger than its route accepts: answered 413. */
export class BodyTooLargeError extends Error {
  readonly status = 413;
  constructor(maxBytes: number) {
    super(`Request body too large (at most ${Math.floor(maxBytes / 1024)} KB).`);
  }
}

/**
 * A request's body, read chunk by chunk and given up as soon as it passes `maxBytes`: a
 * chunked upload (no Content-Length) is never held in memory past the limit. What comes after
 * the limit is read and dropped before the 413, up to the server's own limit
 * (`LEDE_MAX_BODY_MB`): left unread, it blocked the connection, and the client's next request
 * on it waited forever; past the server's limit the body is abandoned (the client may then
 * see its connection reset).
 */
export async function readBoundedBody(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw new BodyTooLargeError(maxBytes);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  // A client that goes away mid-body is a bad request, not a server failure.
  const next = () =>
    reader.read().catch(() => {
      throw Object.assign(new Error("The request body could not be read."), { status: 400 });
    });
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await next();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await dropRest(reader, size, env().LEDE_MAX_BODY_MB * 1024 * 1024);
      throw new BodyTooLargeError(maxBytes);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}

/** Reads what is left of a refused body without keeping it, until `upTo` bytes in all; then gives up on it. */
async function dropRest(reader: ReadableStreamDefaultReader<Uint8Array>, readSoFar: number, upTo: number): Promise<void> {
  let size = readSoFar;
  try {
    while (size <= upTo) {
      const { done, value } = await reader.read();
      if (done) return;
      size += value.byteLength;
    }
  } catch {
    return;
  }
  await reader.cancel().catch(() => {});
}

/** The body as UTF-8 text, bounded as readBoundedBody. */
export async function readBoundedText(request: Request, maxBytes: number): Promise<string> {
  return new TextDecoder().decode(await readBoundedBody(request, maxBytes));
}

/**
 * A multipart form, bounded: the bytes are read within the limit first, then parsed by the
 * platform's own FormData parser.
 */
export async function readBoundedForm(request: Request, maxBytes: number): Promise<FormData> {
  const bytes = await readBoundedBody(request, maxBytes);
  return new Response(bytes, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
}
