import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt } from "drizzle-orm";
import type { Database } from "@/db/client";
import { accountTokens } from "@/db/schema";

export type AccountTokenKind = "password-reset" | "email-change";

/** How long each kind of link works. */
export const TOKEN_MINUTES: Record<AccountTokenKind, number> = { "password-reset": 30, "email-change": 24 * 60 };

const hashToken = (token: string) => createHash("sha256").update(token).digest("base64url");

/** A token as sent in a link: 43 base64url characters; anything else is no token. */
export const isWellFormedAccountToken = (token: unknown): token is string => typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);

/**
 * Issues a one-time token of a kind for a member: stores only its hash, and ends any
 * earlier token of that kind for them (only the newest link works).
 */
export async function issueAccountToken(db: Database, options: { userId: string; kind: AccountTokenKind; newEmail?: string; now: Date }): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(options.now.getTime() + TOKEN_MINUTES[options.kind] * 60_000);
  await db.transaction(async (t) => {
    await t.delete(accountTokens).where(and(eq(accountTokens.userId, options.userId), eq(accountTokens.kind, options.kind)));
    await t.insert(accountTokens).values({ tokenHash: hashToken(token), kind: options.kind, userId: options.userId, newEmail: options.newEmail ?? null, expiresAt, createdAt: options.now });
  });
  return token;
}

/**
 * Uses a token up: deletes its row in the statement that reads it, so two concurrent uses
 * cannot both succeed. Null when it is unknown, used, replaced, of another kind or expired.
 */
export async function consumeAccountToken(db: Database, options: { token: unknown; kind: AccountTokenKind; now: Date }): Promise<{ userId: string; newEmail: string | null } | null> {
  if (!isWellFormedAccountToken(options.token)) return null;
  const [row] = await db
    .delete(accountTokens)
    .where(and(eq(accountTokens.tokenHash, hashToken(options.token)), eq(accountTokens.kind, options.kind), gt(accountTokens.expiresAt, options.now)))
    .returning({ userId: accountTokens.userId, newEmail: accountTokens.newEmail });
  return row ?? null;
}

/** Whether a token would still work (for the page a link opens, which changes nothing). */
export async function isAccountTokenValid(db: Database, options: { token: unknown; kind: AccountTokenKind; now: Date }): Promise<boolean> {
  if (!isWellFormedAccountToken(options.token)) return false;
  const [row] = await db
    .select({ userId: accountTokens.userId })
    .from(accountTokens)
    .where(and(eq(accountTokens.tokenHash, hashToken(options.token)), eq(accountTokens.kind, options.kind), gt(accountTokens.expiresAt, options.now)))
    .limit(1);
  return Boolean(row);
}
