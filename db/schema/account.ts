import { index, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { users } from "./members";

/*
 * One-time links a member is e-mailed about their own account (lib/account): a password
 * reset, or the proof of a new e-mail address. Only a SHA-256 of the token is stored (the
 * token is 32 random bytes, so a plain hash suffices); a row is deleted when used, and a
 * newer link of the same kind for the same member replaces it.
 */
export const accountTokens = pgTable(
  "account_tokens",
  {
    tokenHash: text("token_hash").primaryKey(),
    kind: text("kind", { enum: ["password-reset", "email-change"] }).notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The address to prove (e-mail changes). */
    newEmail: text("new_email"),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("account_tokens_user_idx").on(t.userId, t.kind)],
);
