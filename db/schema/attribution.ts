import { index, integer, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";
import { giftLinks } from "./access";
import { plans } from "./billing";
import { articles } from "./content";
import { users } from "./members";

/*
 * Where a conversion came from (lib/billing/attribution): the article whose paywall (or gift
 * link) a reader left from when they created an account or started a subscription. The
 * dashboard's "which paywalls sell" reads this; rows outlive a deleted member or article.
 */
export const checkoutAttributions = pgTable(
  "checkout_attributions",
  {
    id: serial("id").primaryKey(),
    /** signup: an account created from a paywall; subscribed: a paid (or trial) subscription started. */
    event: text("event", { enum: ["signup", "subscribed"] }).notNull(),
    memberId: text("member_id").references(() => users.id, { onDelete: "set null" }),
    articleId: integer("article_id").references(() => articles.id, { onDelete: "set null" }),
    /** Set when the reader came through a gift link: a gift conversion. */
    giftLinkId: integer("gift_link_id").references(() => giftLinks.id, { onDelete: "set null" }),
    planId: integer("plan_id").references(() => plans.id, { onDelete: "set null" }),
    /** Stripe Checkout session (or test-checkout id): one attribution per checkout, however often its webhook comes. */
    checkoutId: text("checkout_id").unique(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [index("checkout_attributions_article_idx").on(t.articleId, t.createdAt), index("checkout_attributions_created_idx").on(t.createdAt)],
);
