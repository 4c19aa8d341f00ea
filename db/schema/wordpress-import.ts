import { index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";

/* What the WordPress importer (lib/import) keeps between runs, and the old links it answers. */

/**
 * One row per WordPress object the importer wrote: which Lede row it became, a hash of the
 * WordPress source it came from (unchanged source → "unchanged"), and for articles the
 * version the import left, so a later run sees that an editor changed the piece in Lede.
 */
export const wordpressImportMap = pgTable(
  "wordpress_import_map",
  {
    /** author, category, tag, post, attachment, member */
    kind: text("kind").notNull(),
    /** The WordPress id (post id, term id, user login or member e-mail for members). */
    wpKey: text("wp_key").notNull(),
    ledeId: text("lede_id").notNull(),
    sourceHash: text("source_hash").notNull(),
    ledeVersion: integer("lede_version"),
    /** What Lede has no column for but a later run needs (a member's gateway, subscription and customer ids). */
    detail: jsonb("detail"),
    importedAt: timestamp("imported_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.wpKey] }), index("wordpress_import_map_lede_idx").on(t.kind, t.ledeId)],
);

/**
 * Old WordPress URLs answered with a 301 by the production server (lib/import/find-legacy-redirect).
 * `fromPath` is normalised: lowercase path without its trailing slash, or `/?p=ID`, `/?cat=ID`.
 */
export const legacyRedirects = pgTable("legacy_redirects", {
  fromPath: text("from_path").primaryKey(),
  toPath: text("to_path").notNull(),
  createdAt: createdAt(),
});
