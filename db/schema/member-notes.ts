import { index, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { users } from "./members";

/* What the newsroom notes about members (lib/admin/members): labels to filter and act on, and a free-text note. */

export const memberLabels = pgTable(
  "member_labels",
  {
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    /** Lowercase words and hyphens: "press", "vip", "conference-2026". */
    label: text("label").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.label] }), index("member_labels_label_idx").on(t.label)],
);

export const memberNotes = pgTable("member_notes", {
  userId: text("user_id").primaryKey().references(() => users.id, { onDelete: "cascade" }),
  notes: text("notes").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  updatedBy: text("updated_by").references(() => users.id, { onDelete: "set null" }),
});
