import { sql } from "drizzle-orm";
import {
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
} from "drizzle-orm/pg-core";

/** PostgreSQL's full-text document type; only ever written by the database (generated columns). */
const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/*
 * The text of a search document, as SQL over the row's own columns (generated columns may not
 * name other tables, hence search_names). Tags are stripped from the stored HTML; entities
 * are skipped by the parser. Weights: title A, standfirst B, bylines and sections C, body D.
 */
const SEARCH_CONFIG = "'english'::regconfig";
const weighted = (expression: string, weight: "A" | "B" | "C" | "D") => `setweight(to_tsvector(${SEARCH_CONFIG}, ${expression}), '${weight}')`;
const htmlText = (column: string) => `regexp_replace(${column}, '<[^>]*>', ' ', 'g')`;
const PUBLIC_DOCUMENT = [weighted("title", "A"), weighted("standfirst", "B"), weighted("search_names", "C"), weighted(htmlText("teaser_html"), "D")].join(" || ");
const FULL_DOCUMENT = `${PUBLIC_DOCUMENT} || ${weighted(htmlText("gated_html"), "D")}`;

const createdAt = () => timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow();

/*
 * Members and staff. The first five columns are the ones Auth.js' Drizzle adapter expects;
 * the rest is Lede's membership state (s2Member's level, role, complimentary access).
 */
export const users = pgTable("users", {
  id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
  name: text("name"),
  email: text("email").unique(),
  emailVerified: timestamp("email_verified", { withTimezone: true, mode: "date" }),
  image: text("image"),
  passwordHash: text("password_hash"),
  /** Level granted directly by an editor (plans add theirs in billing). 0 = free account. */
  level: integer("level").notNull().default(0),
  role: text("role", { enum: ["reader", "author", "editor", "admin"] }).notNull().default("reader"),
  compLevel: integer("comp_level"),
  compUntil: timestamp("comp_until", { withTimezone: true, mode: "date" }),
  stripeCustomerId: text("stripe_customer_id").unique(),
  createdAt: createdAt(),
});

export const accounts = pgTable(
  "accounts",
  {
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] })],
);

export const sessions = pgTable(
  "sessions",
  {
    sessionToken: text("session_token").primaryKey(),
    /** Public handle for a session (the token itself never leaves the cookie). */
    id: text("id").notNull().unique().default(sql`gen_random_uuid()::text`),
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    expires: timestamp("expires", { withTimezone: true, mode: "date" }).notNull(),
    userAgent: text("user_agent"),
    createdAt: createdAt(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export const verificationTokens = pgTable(
  "verification_tokens",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: timestamp("expires", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

/** Things that happened to a member's sessions, shown on the account page (revoked by the device limit, …). */
export const sessionEvents = pgTable(
  "session_events",
  {
    id: serial("id").primaryKey(),
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["revoked-by-limit", "revoked-by-member", "revoked-by-editor"] }).notNull(),
    detail: text("detail").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [index("session_events_user_idx").on(t.userId)],
);

/** Custom capabilities held by a member (s2Member's ccaps), each optionally ending. */
export const memberCcaps = pgTable(
  "member_ccaps",
  {
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    ccap: text("ccap").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.ccap] })],
);

export const authors = pgTable("authors", {
  id: serial("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  roleLine: text("role_line").notNull().default(""),
  bio: text("bio").notNull().default(""),
  photo: text("photo"),
  userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
});

/*
 * A requirement is stored as two columns everywhere it appears: req_level null means
 * "no requirement of its own" (public for an article), req_ccaps lists ccaps all required.
 */
export const categories = pgTable("categories", {
  id: serial("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  description: text("description").notNull().default(""),
  parentId: integer("parent_id"),
  position: integer("position").notNull().default(0),
  reqLevel: integer("req_level"),
  reqCcaps: text("req_ccaps").array().notNull().default(sql`'{}'::text[]`),
});

export const tags = pgTable("tags", {
  id: serial("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  reqLevel: integer("req_level"),
  reqCcaps: text("req_ccaps").array().notNull().default(sql`'{}'::text[]`),
});

export const articles = pgTable(
  "articles",
  {
    id: serial("id").primaryKey(),
    slug: text("slug").notNull().unique(),
    title: text("title").notNull(),
    standfirst: text("standfirst").notNull().default(""),
    bodyMarkdown: text("body_markdown").notNull().default(""),
    /** Rendered and sanitized when the article is saved; never re-parsed per request. */
    teaserHtml: text("teaser_html").notNull().default(""),
    gatedHtml: text("gated_html").notNull().default(""),
    heroImage: text("hero_image"),
    heroAlt: text("hero_alt").notNull().default(""),
    heroCaption: text("hero_caption").notNull().default(""),
    heroCredit: text("hero_credit").notNull().default(""),
    status: text("status", { enum: ["draft", "submitted", "published"] }).notNull().default("draft"),
    publishedAt: timestamp("published_at", { withTimezone: true, mode: "date" }),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    createdAt: createdAt(),
    reqLevel: integer("req_level"),
    reqCcaps: text("req_ccaps").array().notNull().default(sql`'{}'::text[]`),
    /*
     * The effective requirement (own ∪ categories with ancestors ∪ tags), computed by
     * lib/access/effective-requirement when anything it depends on changes, so that a
     * listing or a page needs one row to know whether a piece is gated.
     */
    effReqLevel: integer("eff_req_level"),
    effReqCcaps: text("eff_req_ccaps").array().notNull().default(sql`'{}'::text[]`),
    /** Optimistic concurrency: a save must name the version it started from. */
    version: integer("version").notNull().default(1),
    /** Bylines, section and tag names, kept by lib/articles/refresh-search-names for the search documents. */
    searchNames: text("search_names").notNull().default(""),
    /** What any reader may see: title, standfirst, names, teaser. */
    searchPublic: tsvector("search_public").notNull().generatedAlwaysAs(sql.raw(PUBLIC_DOCUMENT)),
    /** The public document plus the gated part: a match here counts only for viewers who may read. */
    searchFull: tsvector("search_full").notNull().generatedAlwaysAs(sql.raw(FULL_DOCUMENT)),
  },
  (t) => [
    index("articles_published_idx").on(t.status, t.publishedAt),
    index("articles_search_public_idx").using("gin", t.searchPublic),
    index("articles_search_full_idx").using("gin", t.searchFull),
  ],
);

export const articleAuthors = pgTable(
  "article_authors",
  {
    articleId: integer("article_id").notNull().references(() => articles.id, { onDelete: "cascade" }),
    authorId: integer("author_id").notNull().references(() => authors.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.authorId] }), index("article_authors_author_idx").on(t.authorId)],
);

export const articleCategories = pgTable(
  "article_categories",
  {
    articleId: integer("article_id").notNull().references(() => articles.id, { onDelete: "cascade" }),
    categoryId: integer("category_id").notNull().references(() => categories.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.categoryId] }), index("article_categories_category_idx").on(t.categoryId)],
);

export const articleTags = pgTable(
  "article_tags",
  {
    articleId: integer("article_id").notNull().references(() => articles.id, { onDelete: "cascade" }),
    tagId: integer("tag_id").notNull().references(() => tags.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.tagId] }), index("article_tags_tag_idx").on(t.tagId)],
);

export const readAlso = pgTable(
  "read_also",
  {
    articleId: integer("article_id").notNull().references(() => articles.id, { onDelete: "cascade" }),
    targetId: integer("target_id").notNull().references(() => articles.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.targetId] })],
);

/** Newsroom settings as typed JSON values, read through lib/settings. */
export const settings = pgTable("settings", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
});

/** Catalogue of custom capabilities editors can grant. */
export const ccapCatalogue = pgTable("ccap_catalogue", {
  name: text("name").primaryKey(),
  description: text("description").notNull().default(""),
});

/** Development outbox: e-mails that would have been sent when no SMTP server is configured. */
export const outbox = pgTable("outbox", {
  id: serial("id").primaryKey(),
  to: text("to").notNull(),
  subject: text("subject").notNull(),
  text: text("text").notNull(),
  createdAt: createdAt(),
});

/** Fixed-window counters for rate limits, shared by every instance through the database. */
export const rateLimits = pgTable(
  "rate_limits",
  {
    key: text("key").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true, mode: "date" }).notNull(),
    count: integer("count").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);

export const seedMarker = pgTable("seed_marker", {
  id: integer("id").primaryKey(),
  seededAt: createdAt(),
  demoAccounts: boolean("demo_accounts").notNull().default(false),
});

export type User = typeof users.$inferSelect;
export type Article = typeof articles.$inferSelect;
export type Author = typeof authors.$inferSelect;
export type Category = typeof categories.$inferSelect;
export type Tag = typeof tags.$inferSelect;

/* ---------- Billing (lib/billing) ---------- */

/** A plan sells a level (and optional ccaps) for a Stripe price. Amounts are in minor units. */
export const plans = pgTable("plans", {
  id: serial("id").primaryKey(),
  name: text("name").notNull(),
  description: text("description").notNull().default(""),
  benefits: text("benefits").array().notNull().default(sql`'{}'::text[]`),
  level: integer("level").notNull(),
  ccaps: text("ccaps").array().notNull().default(sql`'{}'::text[]`),
  amount: integer("amount").notNull(),
  currency: text("currency").notNull().default("eur"),
  interval: text("interval", { enum: ["month", "year"] }).notNull().default("month"),
  trialDays: integer("trial_days").notNull().default(0),
  /** active: offered on /subscribe; hidden: still honoured for existing subscribers but not offered. */
  status: text("status", { enum: ["active", "hidden"] }).notNull().default("active"),
  stripePriceId: text("stripe_price_id").unique(),
  stripeProductId: text("stripe_product_id"),
  position: integer("position").notNull().default(0),
  createdAt: createdAt(),
});

/**
 * Our copy of a Stripe subscription's current state, always overwritten from the newest
 * state (re-read from Stripe), never patched event by event.
 */
export const subscriptions = pgTable(
  "subscriptions",
  {
    id: text("id").primaryKey(),
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    customerId: text("customer_id").notNull(),
    planId: integer("plan_id").references(() => plans.id, { onDelete: "set null" }),
    priceId: text("price_id").notNull(),
    status: text("status").notNull(),
    currentPeriodStart: timestamp("current_period_start", { withTimezone: true, mode: "date" }),
    currentPeriodEnd: timestamp("current_period_end", { withTimezone: true, mode: "date" }),
    cancelAtPeriodEnd: boolean("cancel_at_period_end").notNull().default(false),
    cancelAt: timestamp("cancel_at", { withTimezone: true, mode: "date" }),
    canceledAt: timestamp("canceled_at", { withTimezone: true, mode: "date" }),
    endedAt: timestamp("ended_at", { withTimezone: true, mode: "date" }),
    trialEnd: timestamp("trial_end", { withTimezone: true, mode: "date" }),
    /** Set when a refund or dispute revoked access under the editors' policy. */
    revokedAt: timestamp("revoked_at", { withTimezone: true, mode: "date" }),
    revokedReason: text("revoked_reason"),
    amount: integer("amount"),
    currency: text("currency"),
    interval: text("interval"),
    stripeCreatedAt: timestamp("stripe_created_at", { withTimezone: true, mode: "date" }),
    syncedAt: timestamp("synced_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [index("subscriptions_user_idx").on(t.userId), index("subscriptions_customer_idx").on(t.customerId)],
);

/** Every Stripe event id seen: a replay finds its row and changes nothing. */
export const stripeEvents = pgTable("stripe_events", {
  id: text("id").primaryKey(),
  type: text("type").notNull(),
  stripeCreatedAt: timestamp("stripe_created_at", { withTimezone: true, mode: "date" }).notNull(),
  receivedAt: createdAt(),
  outcome: text("outcome").notNull().default("processed"),
});

export const invoices = pgTable(
  "invoices",
  {
    id: text("id").primaryKey(),
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    subscriptionId: text("subscription_id"),
    status: text("status").notNull(),
    amountDue: integer("amount_due").notNull().default(0),
    amountPaid: integer("amount_paid").notNull().default(0),
    currency: text("currency").notNull(),
    hostedInvoiceUrl: text("hosted_invoice_url"),
    periodStart: timestamp("period_start", { withTimezone: true, mode: "date" }),
    periodEnd: timestamp("period_end", { withTimezone: true, mode: "date" }),
    stripeCreatedAt: timestamp("stripe_created_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [index("invoices_user_idx").on(t.userId)],
);

/**
 * What a member could read, each time it changed: level and ccaps before and after,
 * and why (a Stripe event id, or an editor). Never deleted.
 */
export const entitlementHistory = pgTable(
  "entitlement_history",
  {
    id: serial("id").primaryKey(),
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    fromLevel: integer("from_level"),
    toLevel: integer("to_level"),
    fromCcaps: text("from_ccaps").array().notNull().default(sql`'{}'::text[]`),
    toCcaps: text("to_ccaps").array().notNull().default(sql`'{}'::text[]`),
    cause: text("cause").notNull(),
    actorId: text("actor_id"),
    createdAt: createdAt(),
  },
  (t) => [index("entitlement_history_user_idx").on(t.userId)],
);

/** Local test checkout (no Stripe keys): the "Stripe side" of test-mode subscriptions. */
export const testModeObjects = pgTable("test_mode_objects", {
  id: text("id").primaryKey(),
  kind: text("kind", { enum: ["customer", "subscription", "checkout_session", "invoice"] }).notNull(),
  data: jsonb("data").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});

/* ---------- Newsroom (lib/admin) ---------- */

/** Who changed what, from what to what, and why: requirements, levels, ccaps, roles, settings. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: serial("id").primaryKey(),
    actorId: text("actor_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    targetType: text("target_type").notNull(),
    targetId: text("target_id").notNull(),
    before: jsonb("before"),
    after: jsonb("after"),
    reason: text("reason").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [index("audit_log_target_idx").on(t.targetType, t.targetId), index("audit_log_created_idx").on(t.createdAt)],
);

/** Uploaded images (hero images, author photos), served by /media/[id]. */
export const media = pgTable("media", {
  id: text("id").primaryKey(),
  contentType: text("content_type").notNull(),
  bytes: integer("bytes").notNull(),
  /** Base64 when stored in the database; null when stored under LEDE_MEDIA_DIR. */
  data: text("data"),
  uploadedBy: text("uploaded_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
});

export type Plan = typeof plans.$inferSelect;
export type Subscription = typeof subscriptions.$inferSelect;
