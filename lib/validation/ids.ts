import { z } from "zod";

/*
 * Ids as they arrive in URLs and bodies, checked before any query: PostgreSQL answers an
 * integer above 2^31−1 or a NUL in a text value with an error (a 500), not with "no row".
 */

/** The largest serial id (PostgreSQL `integer`). */
export const MAX_SERIAL_ID = 2_147_483_647;

/** A serial id in a body field: a whole number from 1 to 2^31−1. */
export const serialIdSchema = z.coerce.number().int().positive().max(MAX_SERIAL_ID);

/** A text id (UUIDs, session and test-checkout ids): letters, digits, '_' and '-', at most 100 characters. */
export const textIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, "Not a valid id.");

/** A serial id from a URL segment, or null for anything else (leading zeros, signs, out of range). */
export function parseSerialId(raw: string): number | null {
  if (!/^[1-9][0-9]{0,9}$/.test(raw)) return null;
  const id = Number(raw);
  return id <= MAX_SERIAL_ID ? id : null;
}

/** Whether a URL segment can be a text id at all. */
export function isTextId(raw: string): boolean {
  return textIdSchema.safeParse(raw).success;
}
