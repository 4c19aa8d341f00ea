import { pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./members";

/* The newsroom's own pages linked from the footer (lib/site-pages): About, Contact, Privacy, Terms, Imprint. */

export const sitePages = pgTable("site_pages", {
  /** One of lib/site-pages/site-page-kinds: about, contact, privacy, terms, imprint. */
  slug: text("slug").primaryKey(),
  title: text("title").notNull(),
  bodyMarkdown: text("body_markdown").notNull().default(""),
  /** Rendered and sanitized when saved (lib/content/render-markdown); an empty body hides the page. */
  bodyHtml: text("body_html").notNull().default(""),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  updatedBy: text("updated_by").references(() => users.id, { onDelete: "set null" }),
});

export type SitePage = typeof sitePages.$inferSelect;
