import { articleTitle, seededRandom, slugify } from "./synthetic-text";

/*
 * The shape of the benchmark dataset as pure functions of an index, shared by the
 * generator and the scenarios: the same article index always has the same slug,
 * requirement, bylines, section and tags, whatever the dataset's size.
 */

export interface DatasetSize {
  articles: number;
  members: number;
}

/**
 * One author per 20 articles, at most 200: every author page the scenarios visit then
 * shows a full page of cards on the small dataset too, so the two sizes render the same.
 */
export function authorCount(articles: number): number {
  return Math.max(1, Math.min(200, Math.floor(articles / 20)));
}
export const TAG_COUNT = 300;
const TOP_SECTIONS = ["Europe", "Defence", "Energy", "Migration", "Cyber", "Economy", "Diplomacy", "Justice"];
const SUB_SECTIONS = ["Analysis", "Briefing", "Investigation", "Data"];
/** Eight top-level sections, each with four subsections: ids 1..8, then 9..40. */
export const CATEGORY_COUNT = TOP_SECTIONS.length * (1 + SUB_SECTIONS.length);
export const WEBHOOK_CUSTOMERS = 64;
export const PREMIUM_PRICE_ID = "price_bench_premium";
export const READER_PRICE_ID = "price_bench_reader";

export interface CategorySpec {
  id: number;
  slug: string;
  name: string;
  parentId: number | null;
}

export function categorySpecs(): CategorySpec[] {
  const tops = TOP_SECTIONS.map((name, i) => ({ id: i + 1, slug: slugify(name), name, parentId: null }));
  const subs = TOP_SECTIONS.flatMap((top, t) => SUB_SECTIONS.map((sub) => ({ slug: slugify(`${top} ${sub}`), name: `${top} ${sub}`, parentId: t + 1 })));
  return [...tops, ...subs.map((c, i) => ({ id: tops.length + i + 1, ...c }))];
}

const FIRST = ["Clara", "Tomas", "Marta", "Ines", "Pieter", "Lena", "Ravi", "Ada", "Jonas", "Sofia", "Karim", "Elena", "Noah", "Maya", "Luca", "Anouk"];
const LAST = ["Vermeulen", "Lindqvist", "Kowalczyk", "Moreau", "Rossi", "Novak", "Jensen", "Haddad", "Fischer", "Costa", "Nowak", "Dubois", "Berg"];

export function authorName(id: number): string {
  const random = seededRandom(id * 31 + 5);
  return `${FIRST[Math.floor(random() * FIRST.length)]} ${LAST[Math.floor(random() * LAST.length)]}`;
}

export function authorSlug(id: number): string {
  return `${slugify(authorName(id))}-${id}`;
}

export function tagSlug(id: number): string {
  return `topic-${id}`;
}

/** 40 % public, 30 % level 1, 20 % level 2, 10 % level 3 (one in ten of those also needs a ccap). */
export function articleRequirement(index: number): { level: number | null; ccaps: string[] } {
  const r = index % 10;
  if (r < 4) return { level: null, ccaps: [] };
  if (r < 7) return { level: 1, ccaps: [] };
  if (r < 9) return { level: 2, ccaps: [] };
  return { level: 3, ccaps: index % 100 === 59 ? ["pdf_edition"] : [] };
}

export function articleSlug(index: number): string {
  return `${slugify(articleTitle(index))}-${index + 1}`;
}

/** Author ids (1-based) among `authors`: one byline, two for one article in ten. */
export function articleAuthorIds(index: number, authors: number): number[] {
  const first = (index % authors) + 1;
  const second = ((index * 7 + 3) % authors) + 1;
  return index % 10 === 3 && second !== first ? [first, second] : [first];
}

/** Every article sits in one subsection (so its top section lists it too). */
export function articleCategoryId(index: number): number {
  return TOP_SECTIONS.length + (index % (CATEGORY_COUNT - TOP_SECTIONS.length)) + 1;
}

export function articleTagIds(index: number): number[] {
  const ids = [index % TAG_COUNT, (index * 31 + 7) % TAG_COUNT, (index * 97 + 13) % TAG_COUNT].map((t) => t + 1);
  return [...new Set(ids)];
}

/** Account levels of the bulk members: 60 % free, then 20 / 10 / 7 / 3 % at levels 1..4. */
export function memberLevel(index: number): number {
  const r = index % 100;
  if (r < 60) return 0;
  if (r < 80) return 1;
  if (r < 90) return 2;
  if (r < 97) return 3;
  return 4;
}
