/** What s2Member's options say about who may read what, in WordPress' own terms. */
export interface S2MemberRules {
  /** Level labels 0..4 found in the options (missing ones undefined). */
  levelLabels: (string | undefined)[];
  /** Minimum level per post id; `allPosts` applies to every post. */
  posts: Map<string, number>;
  allPosts: number | null;
  /** Minimum level per category term id (children inherit, as in Lede); `allCategories` for every one. */
  categories: Map<string, number>;
  allCategories: number | null;
  /** Minimum level per tag name (case-sensitive, as s2Member compares them). */
  tags: Map<string, number>;
  allTags: number | null;
  /** Posts sold one by one: each requires its own ccap `sp_<id>`. */
  specificIds: Set<string>;
  /** Rules Lede does not need (URI substrings), listed in the report. */
  ignored: string[];
}

export const EMPTY_RULES: S2MemberRules = {
  levelLabels: [],
  posts: new Map(),
  allPosts: null,
  categories: new Map(),
  allCategories: null,
  tags: new Map(),
  allTags: null,
  specificIds: new Set(),
  ignored: [],
};

/** "1,2, 5-7" → ["1","2","5","6","7"]; ranges are capped so a typo cannot explode. */
function ids(list: string): string[] {
  const out: string[] = [];
  for (const part of list.split(",").map((s) => s.trim()).filter(Boolean)) {
    const range = part.match(/^(\d+)\s*-\s*(\d+)$/);
    if (range) {
      const [from, to] = [Number(range[1]), Number(range[2])];
      for (let i = from; i <= to && i - from < 100_000; i++) out.push(String(i));
    } else if (/^\d+$/.test(part)) out.push(part);
  }
  return out;
}

const raise = (map: Map<string, number>, key: string, level: number) => map.set(key, Math.max(map.get(key) ?? level, level));
const raiseAll = (current: number | null, level: number) => (current === null ? level : Math.max(current, level));

/**
 * Reads `levelN_posts`, `levelN_catgs`, `levelN_ptags`, `levelN_label`, `specific_ids` (and
 * lists `levelN_ruris`, `levelN_pages`). `all` means every item of that kind; the strictest
 * level wins when several name the same item, as s2Member and Lede both decide.
 */
export function s2MemberRules(options: Map<string, string>): S2MemberRules {
  const rules: S2MemberRules = { ...EMPTY_RULES, levelLabels: [], posts: new Map(), categories: new Map(), tags: new Map(), specificIds: new Set(), ignored: [] };
  for (let n = 0; n <= 4; n++) {
    rules.levelLabels[n] = options.get(`level${n}_label`)?.trim() || undefined;
    const posts = options.get(`level${n}_posts`)?.trim() ?? "";
    if (/^all(-post)?$/i.test(posts)) rules.allPosts = raiseAll(rules.allPosts, n);
    else for (const id of ids(posts)) raise(rules.posts, id, n);
    const catgs = options.get(`level${n}_catgs`)?.trim() ?? "";
    if (/^all$/i.test(catgs)) rules.allCategories = raiseAll(rules.allCategories, n);
    else for (const id of ids(catgs)) raise(rules.categories, id, n);
    const ptags = options.get(`level${n}_ptags`)?.trim() ?? "";
    if (/^all$/i.test(ptags)) rules.allTags = raiseAll(rules.allTags, n);
    else for (const name of ptags.split(",").map((s) => s.trim()).filter(Boolean)) raise(rules.tags, name, n);
    const ruris = options.get(`level${n}_ruris`)?.trim();
    if (ruris) rules.ignored.push(`level${n}_ruris (URI rules are not imported): ${ruris.replace(/\s+/g, " ")}`);
    const pages = options.get(`level${n}_pages`)?.trim();
    if (pages) rules.ignored.push(`level${n}_pages (pages are not imported): ${pages}`);
  }
  for (const id of ids(options.get("specific_ids") ?? "")) rules.specificIds.add(id);
  return rules;
}
