import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import type { Viewer } from "@/lib/access/types";
import type { Locale } from "@/lib/i18n/locales";
import type { ReadableRequirement } from "./readable-requirements";
import { hitsPageQuery, isOwnSql } from "./search-queries";

type Statement = ReturnType<typeof prepare>;

/**
 * Built once per database and per shape (the site's language, which requirements' full text the
 * viewer may search, and whether authorship counts): building this query through Drizzle costs more server time
 * than anything else in a search. A handful of shapes exist (one per kind of reader); the
 * memory is emptied if a changing archive ever makes more.
 */
const statements = new WeakMap<Database, Map<string, Statement>>();
const MAX_SHAPES = 64;

function prepare(db: Database, site: Locale, readable: readonly ReadableRequirement[], isMember: boolean) {
  return hitsPageQuery(db, {
    text: sql.placeholder("text"),
    site,
    isOwn: isOwnSql(isMember ? sql.placeholder("viewerId") : null),
    readable,
    now: sql.placeholder("now"),
    limit: sql.placeholder("limit"),
    offset: sql.placeholder("offset"),
    known: sql.placeholder("known"),
  }).prepare("lede_search_page");
}

/** One page of a search's hits for this viewer (see hitsPageQuery), through a statement built once per shape. */
export function searchPageRows(
  db: Database,
  options: { text: string; site: Locale; viewer: Viewer; readable: readonly ReadableRequirement[]; now: Date; limit: number; offset: number; known: string },
) {
  const { viewer, readable } = options;
  const isMember = viewer.kind !== "anonymous";
  const shape = JSON.stringify([options.site, isMember, readable]);
  let byShape = statements.get(db);
  if (!byShape) statements.set(db, (byShape = new Map()));
  let statement = byShape.get(shape);
  if (!statement) {
    if (byShape.size >= MAX_SHAPES) byShape.clear();
    byShape.set(shape, (statement = prepare(db, options.site, readable, isMember)));
  }
  // Placeholders skip the column's encoder: the time goes as text, as the drivers send a timestamp.
  return statement.execute({
    text: options.text,
    viewerId: isMember ? viewer.id : null,
    now: options.now.toISOString(),
    limit: options.limit,
    offset: options.offset,
    known: options.known,
  });
}
