import { timestamp } from "drizzle-orm/pg-core";

/** When a row was made; every table that records events has one. */
export const createdAt = () => timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow();
