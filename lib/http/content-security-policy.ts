import { randomBytes } from "node:crypto";

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
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
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
