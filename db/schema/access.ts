import { index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { articles } from "./content";
import { users } from "./members";

/*
 * The doors of lib/access beyond levels and plans. A member's free-article meter: one row
 * per article unlocked by the meter (anonymous readers count in a signed cookie instead);
 * the period's count is the distinct articles since the period began.
 */
export const meterReads = pgTable(
  "meter_reads",
  {
    memberId: text("member_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    readAt: timestamp("read_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [index("meter_reads_member_idx").on(t.memberId, t.readAt)],
);
