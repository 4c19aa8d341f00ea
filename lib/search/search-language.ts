import { sql, type SQL } from "drizzle-orm";
import { articles } from "@/db/schema";
import type { Locale } from "@/lib/i18n/locales";

/** PostgreSQL's text search configuration for each language Lede speaks. */
const CONFIGS: Record<Locale, "english" | "french"> = { en: "english", fr: "french" };

/**
 * The configuration a piece's search documents were made with (db/schema/content.ts: French
 * for articles.language 'fr', English for everything else), as SQL over the row.
 */
export const pieceConfigSql: SQL = sql`(case when ${articles.language} = 'fr' then 'french'::regconfig else 'english'::regconfig end)`;

/** A query is parsed with the site's language and, for pieces stemmed in the other one, with that one too. */
export function queryLanguages(site: Locale): { site: "english" | "french"; other: "english" | "french" } {
  const own = CONFIGS[site];
  return { site: own, other: own === "english" ? "french" : "english" };
}

/** True for rows stemmed with `config`: the schema's rule, as a condition. */
export function isStemmedWithSql(config: "english" | "french"): SQL {
  return config === "french" ? sql`(${articles.language} = 'fr')` : sql`(${articles.language} is distinct from 'fr')`;
}
