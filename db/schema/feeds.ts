import { pgTable, text } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { users } from "./members";

/*
 * A member's private full-text feed (lib/feeds/private): one secret address per member.
 * The token itself is never stored: only its SHA-256 (for the lookup) and the nonce it is
 * derived from with AUTH_SECRET (a copy of the table alone opens no feed);
 * regenerating replaces the row, so the old address stops answering at once.
 */
export const privateFeedTokens = pgTable("private_feed_tokens", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  /** Random; the token is an HMAC of it under AUTH_SECRET, so the account page can show the address again. */
  nonce: text("nonce").notNull(),
  tokenHash: text("token_hash").notNull().unique(),
  createdAt: createdAt(),
});
