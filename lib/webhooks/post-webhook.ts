import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP } from "node:net";
import { isPrivateAddress } from "./address-guard";

export interface PostOutcome {
  statusCode: number | null;
  durationMs: number;
  /** The first bytes of the answer (or nothing when there was no answer). */
  excerpt: string;
  /** Why there was no answer: timeout, refused address, connection error. */
  error: string | null;
}

const EXCERPT_BYTES = 1024;

/** The start of an answer as text PostgreSQL can store (a NUL byte is refused in a text column). */
function excerptOf(body: Buffer): string {
  return body.subarray(0, EXCERPT_BYTES).toString("utf8").replaceAll("\u0000", "");
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A DNS lookup that refuses private addresses, checked at the moment the socket connects. */
function guardedLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, []);
    const refused = addresses.find((a) => isPrivateAddress(a.address));
    if (refused || addresses.length === 0) {
      return callback(Object.assign(new Error(`refused: ${hostname} resolves to a private address (${refused?.address ?? "none"})`), { code: "EPRIVATE" }), []);
    }
    if (options.all) return callback(null, addresses);
    callback(null, addresses[0]!.address, addresses[0]!.family);
  });
}

/**
 * Posts one signed body, within `timeoutMs` from start to the end of the answer. Redirects
 * are not followed (a 3xx is a failed attempt). Never throws: the outcome is logged.
 */
export function postWebhook(options: { url: string; body: string; headers: Record<string, string>; timeoutMs: number; allowPrivate: boolean }): Promise<PostOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: Omit<PostOutcome, "durationMs">) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...outcome, durationMs: elapsed() });
    };
    const url = new URL(options.url);
    const host = url.hostname.replace(/^\[|\]$/g, "");
    if (!options.allowPrivate && isIP(host) && isPrivateAddress(host)) {
      // An address literal is not looked up, so the guard runs here.
      return resolve({ statusCode: null, excerpt: "", error: `refused: ${host} is a private address`, durationMs: elapsed() });
    }
    const client = url.protocol === "https:" ? https : http;
    const req = client.request(url, {
      method: "POST",
      headers: { ...options.headers, "content-length": Buffer.byteLength(options.body).toString() },
      ...(options.allowPrivate ? {} : { lookup: guardedLookup as unknown as typeof dnsLookup }),
    });
    const timer = setTimeout(() => {
      req.destroy();
      finish({ statusCode: null, excerpt: "", error: `timed out after ${options.timeoutMs} ms` });
    }, options.timeoutMs);
    req.on("error", (e) => finish({ statusCode: null, excerpt: "", error: e.message }));
    req.on("response", (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on("data", (chunk: Buffer) => {
        if (size < EXCERPT_BYTES) chunks.push(chunk);
        size += chunk.length;
      });
      res.on("end", () => finish({ statusCode: res.statusCode ?? null, excerpt: excerptOf(Buffer.concat(chunks)), error: null }));
      res.on("error", (e) => finish({ statusCode: res.statusCode ?? null, excerpt: "", error: e.message }));
    });
    req.end(options.body);
  });
}
