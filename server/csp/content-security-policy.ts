import { createHash, randomBytes } from "node:crypto";
import { LRUCache } from "lru-cache";
import { findScriptElements } from "./find-script-elements";

/** A fresh nonce for one response. */
export function createNonce(): string {
  return randomBytes(18).toString("base64");
}

/**
 * The policy for an HTML response Next renders for one request: Next stamps `nonce` on the
 * scripts it writes (from the request's CSP header); no other inline script runs, and no
 * event-handler attribute or javascript: URL runs at all. Styles stay 'unsafe-inline'
 * (React's style attributes); they cannot run code.
 */
export function contentSecurityPolicy(nonce: string): string {
  return policyWithScriptSources([`'nonce-${nonce}'`]);
}

/**
 * The policy for a page shared by every reader (the page cache, the page memory, a page
 * with a reader's part spliced in): its inline scripts, as a browser parses them, are
 * allowed by their SHA-256. The markup is sent exactly as it is, never rewritten; text that
 * only looks like a script (inside an attribute, escaped, in a comment) is not a script to
 * the parser either, so it is neither allowed nor run.
 */
export function hashScriptPolicy(html: string): string {
  // The same page comes again: rendered (answered, not kept), then out of the cache, then after
  // its s-maxage, usually byte for byte. Hashing it costs a tenth of tokenizing it.
  const key = createHash("sha256").update(html, "utf8").digest("base64");
  let policy = policiesByPage.get(key);
  if (policy === undefined) {
    policy = policyOfScripts(html);
    policiesByPage.set(key, policy);
  }
  return policy;
}

/** Recent pages' policies by the SHA-256 of the page (a policy is ~1.5 KB: a few MB at most). */
const policiesByPage = new LRUCache<string, string>({ max: 2_048 });

function policyOfScripts(html: string): string {
  const hashes = new Set<string>();
  for (const script of findScriptElements(html)) {
    if (script.attributes.has("src") || !runsAsScript(script.attributes.get("type"))) continue;
    hashes.add(`'sha256-${createHash("sha256").update(script.text, "utf8").digest("base64")}'`);
  }
  return policyWithScriptSources([...hashes]);
}

/** Data blocks (JSON-LD, JSON) are never run, so a policy need not allow them. */
function runsAsScript(type: string | undefined): boolean {
  const t = (type ?? "").trim().toLowerCase();
  return t === "" || t === "module" || t === "text/javascript" || t === "application/javascript";
}

function policyWithScriptSources(sources: string[]): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...sources].join(" "),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self' https:",
    "frame-ancestors 'none'",
  ].join("; ");
}
