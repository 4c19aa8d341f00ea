import { randomInt } from "node:crypto";

// No 0/O, 1/I/L: the code is read from an e-mail and typed by hand.
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/** An 8-character one-time code (≈ 6.5e11 values; attempts are rate-limited). */
export function generateSignInCode(): string {
  return Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
}

/** What a reader typed, as the stored code: "k7p2-qw9m " → "K7P2QW9M". */
export function normaliseSignInCode(typed: string): string {
  return typed.toUpperCase().replace(/[^A-Z0-9]/g, "");
}

export function formatSignInCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}
