import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { authors, categories, tags } from "@/db/schema";
import { slugify } from "@/lib/admin/slugify";
import { count, notice, refuse, type ImportReport } from "./import-report";
import { loadMappings, saveMapping, sourceHash, type MappingKind } from "./import-mappings";
import type { S2MemberRules } from "./s2member-rules";
import type { WxrAuthor, WxrCategory, WxrTag } from "./wxr-types";

export interface TaxonomyIds {
  /** WordPress login → Lede author. */
  authors: Map<string, { id: number; slug: string; email: string }>;
  /** Category nicename → Lede category (with its WordPress term id). */
  categories: Map<string, { id: number; slug: string; termId: string }>;
  /** Tag slug → Lede tag. */
  tags: Map<string, { id: number; slug: string }>;
}

type Table = typeof authors | typeof categories | typeof tags;

/**
 * Creates, updates or leaves one author/category/tag: matched by WordPress id through the
 * mapping table, else by slug (an existing Lede row of the same slug is taken over, not duplicated).
 */
async function upsertTerm<V extends Record<string, unknown>>(
  db: Database,
  options: { kind: MappingKind; table: Table; wpKey: string; slug: string; values: V; detail?: unknown; known: Map<string, { ledeId: string; sourceHash: string }>; report: ImportReport; now: Date },
): Promise<number> {
  const { kind, table, wpKey, slug, values, known, report, now } = options;
  const hash = sourceHash({ slug, values, detail: options.detail ?? null });
  const mapped = known.get(wpKey);
  if (mapped && mapped.sourceHash === hash) {
    count(report, kind, "unchanged");
    return Number(mapped.ledeId);
  }
  let id = mapped ? Number(mapped.ledeId) : undefined;
  if (id === undefined) {
    const [bySlug] = await db.select({ id: table.id }).from(table).where(eq(table.slug, slug)).limit(1);
    id = bySlug?.id;
  }
  if (id === undefined) {
    const [row] = await db.insert(table).values({ slug, ...values } as never).returning({ id: table.id });
    id = row!.id;
    count(report, kind, "created");
  } else {
    await db.update(table).set(values as never).where(eq(table.id, id));
    count(report, kind, "updated");
  }
  await saveMapping(db, kind, wpKey, { ledeId: String(id), sourceHash: hash, ledeVersion: null, detail: options.detail ?? null }, now);
  return id;
}

const validSlug = (raw: string, fallback: string) => slugify(decodeURIComponentSafe(raw)) || fallback;
function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * Authors, categories (with parents, any depth) and tags of the export, with the category
 * and tag requirements s2Member's rules give them. Returns how WordPress names map to Lede ids.
 */
export async function importTaxonomy(
  db: Database,
  input: { authors: WxrAuthor[]; categories: WxrCategory[]; tags: WxrTag[]; rules: S2MemberRules; report: ImportReport; now: Date },
): Promise<TaxonomyIds> {
  const { rules, report, now } = input;
  const out: TaxonomyIds = { authors: new Map(), categories: new Map(), tags: new Map() };
  const [knownAuthors, knownCategories, knownTags] = await Promise.all([loadMappings(db, "author"), loadMappings(db, "category"), loadMappings(db, "tag")]);

  for (const a of input.authors) {
    if (!a.login) {
      refuse(report, "author", a.id || "?", "author without a login");
      continue;
    }
    const slug = validSlug(a.login, `author-${a.id}`);
    const name = a.displayName || [a.firstName, a.lastName].filter(Boolean).join(" ") || a.login;
    if (!a.email) notice(report, "author-without-email", a.login, "imported as a byline only (no account to link)");
    const id = await upsertTerm(db, { kind: "author", table: authors, wpKey: a.login, slug, values: { name, bio: a.bio }, detail: { email: a.email.toLowerCase() }, known: knownAuthors, report, now });
    out.authors.set(a.login, { id, slug, email: a.email.toLowerCase() });
  }

  const level = (own: number | undefined, all: number | null) => (own === undefined ? all : all === null ? own : Math.max(own, all));
  for (const [position, c] of input.categories.entries()) {
    if (!c.nicename) {
      refuse(report, "category", c.id || "?", "category without a slug");
      continue;
    }
    const slug = validSlug(c.nicename, `category-${c.id}`);
    const reqLevel = level(rules.categories.get(c.id), rules.allCategories);
    const values = { name: c.name || c.nicename, description: c.description, position, reqLevel };
    const id = await upsertTerm(db, { kind: "category", table: categories, wpKey: c.id || c.nicename, slug, values, known: knownCategories, report, now });
    out.categories.set(c.nicename, { id, slug, termId: c.id });
  }
  // Parents after every category exists: an export may list a child before its parent.
  for (const c of input.categories) {
    const self = out.categories.get(c.nicename);
    if (!self) continue;
    const parent = c.parent ? out.categories.get(c.parent) : undefined;
    if (c.parent && !parent) notice(report, "missing-parent", c.nicename, `parent category "${c.parent}" is not in the export`);
    await db.update(categories).set({ parentId: parent?.id ?? null }).where(eq(categories.id, self.id));
  }

  for (const t of input.tags) {
    if (!t.slug) {
      refuse(report, "tag", t.id || "?", "tag without a slug");
      continue;
    }
    const slug = validSlug(t.slug, `tag-${t.id}`);
    const values = { name: t.name || t.slug, reqLevel: level(rules.tags.get(t.name), rules.allTags) };
    const id = await upsertTerm(db, { kind: "tag", table: tags, wpKey: t.id || t.slug, slug, values, known: knownTags, report, now });
    out.tags.set(t.slug, { id, slug });
  }
  return out;
}
