import { and, eq, ne } from "drizzle-orm";
import type { Database } from "@/db/client";
import { verificationTokens } from "@/db/schema";

/**
 * Stores a newly issued sign-in code (Auth.js' verification token, already hashed) as the
 * only one outstanding for its address: every earlier code and link stops working, so an
 * attacker who has many codes issued does not get many targets to guess at once.
 * Inserted first and the others deleted after, so two requests at the same time leave at
 * most one code (or none: the reader asks again), never two.
 */
export async function storeSignInCode(db: Database, token: { identifier: string; token: string; expires: Date }): Promise<typeof token> {
  await db.insert(verificationTokens).values(token);
  await db.delete(verificationTokens).where(and(eq(verificationTokens.identifier, token.identifier), ne(verificationTokens.token, token.token)));
  return token;
}

/** Ends every outstanding code of an address (too many wrong guesses at it). */
export async function dropSignInCodes(db: Database, identifier: string): Promise<void> {
  await db.delete(verificationTokens).where(eq(verificationTokens.identifier, identifier));
}
