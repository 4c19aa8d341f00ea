import { createHash, randomBytes } from "node:crypto";

/** A fresh nonce for one response. */
export function createNonce(): string {
  return randomBytes(18).toString("base64");
}

/**
 * The policy for an HTML response whose scripts carry `nonce`: no inline script runs
 * without it, and no event-handler attribute or javascript: URL runs at all.
 * Styles stay 'unsafe-inline' (React's style attributes); they cannot run code.
 */
export function contentSecurityPolicy(nonce: string): string {
  return policyWithScriptSources([`'nonce-${nonce}'`]);
}

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const SCRIPT_SRC_ATTRIBUTE = /\ssrc\s*=/i;
const SCRIPT_TYPE_ATTRIBUTE = /\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

/**
 * The policy for a page shared by every reader (server/page-memory/page-memory): its inline scripts
 * are allowed by their SHA-256, so the same markup and header serve every response and no
 * nonce is ever reused. Any other inline script — one injected into the page — does not run.
 */
export function hashScriptPolicy(html: string): string {
  const hashes = new Set<string>();
  for (const [, attributes = "", text = ""] of html.matchAll(INLINE_SCRIPT)) {
    if (SCRIPT_SRC_ATTRIBUTE.test(attributes) || !runsAsScript(attributes)) continue;
    hashes.add(`'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`);
  }
  return policyWithScriptSources([...hashes]);
}

/** Data blocks (JSON-LD, JSON) are never run, so a policy need not allow them. */
function runsAsScript(attributes: string): boolean {
  const match = SCRIPT_TYPE_ATTRIBUTE.exec(attributes);
  const type = (match?.[1] ?? match?.[2] ?? match?.[3] ?? "").trim().toLowerCase();
  return type === "" || type === "module" || type === "text/javascript" || type === "application/javascript";
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

const SCRIPT_TAG = /<script\b([^>]*)>/gi;
const NONCE_ATTRIBUTE = /\snonce=("[^"]*"|'[^']*'|[^\s>]*)/gi;

/**
 * Gives every script tag of `html` the nonce `nonce`, replacing one it already had. Meant
 * for pages shared between readers (the page cache): their markup comes from Next's
 * renderer, whose text and sanitized article HTML hold no literal script tags.
 */
export function setScriptNonces(html: string, nonce: string): string {
  return html.replace(SCRIPT_TAG, (_tag, attributes: string) => `<script nonce="${nonce}"${attributes.replace(NONCE_ATTRIBUTE, "")}>`);
}

/**
 * setScriptNonces over a stream of chunks: a tag cut between two chunks is held back
 * until the next one completes it. Call with `final` true for the last chunk.
 */
export function createScriptNonceStream(nonce: string): (chunk: string, final: boolean) => string {
  let pending = "";
  return (chunk, final) => {
    const text = pending + chunk;
    pending = "";
    if (!final) {
      const open = text.lastIndexOf("<");
      if (open >= 0 && text.indexOf(">", open) < 0 && text.length - open < 4096) {
        pending = text.slice(open);
        return setScriptNonces(text.slice(0, open), nonce);
      }
    }
    return setScriptNonces(text, nonce);
  };
}

/** Takes nonces off script tags: a shared page is allowed by hashes, and keeps no one's nonce. */
export function stripScriptNonces(html: string): string {
  return html.replace(SCRIPT_TAG, (tag: string, attributes: string) => (/\snonce=/i.test(attributes) ? `<script${attributes.replace(NONCE_ATTRIBUTE, "")}>` : tag));
}
