/** Shapes of the demo newsroom that `scripts/seed/seed.ts` loads into an empty database. */

export interface SeedAuthor {
  slug: string;
  name: string;
  /** One line under the name, e.g. "Defence correspondent, Brussels". */
  roleLine: string;
  /** Two to four sentences, plain text. */
  bio: string;
  /** Path under /public, e.g. "/images/authors/clara-vermeulen.svg". */
  photo: string;
}

export interface SeedCategory {
  slug: string;
  name: string;
  /** Slug of the parent category; absent for a top-level category. */
  parent?: string;
  description: string;
}

export interface SeedTag {
  slug: string;
  name: string;
}

/** public, or a minimum level (0..4) optionally with custom capabilities (all required). */
export type SeedAccess =
  | { kind: "public" }
  | { kind: "level"; level: 0 | 1 | 2 | 3 | 4; ccaps?: string[] };

export interface SeedArticle {
  slug: string;
  title: string;
  standfirst: string;
  /** Author slugs, first is the lead byline. */
  authors: string[];
  /** Category slugs; the first is the primary (its path is shown above the title). */
  categories: string[];
  tags: string[];
  /** ISO date-time, e.g. "2026-07-14T08:30:00Z". */
  publishedAt: string;
  updatedAt?: string;
  access: SeedAccess;
  hero: { image: string; alt: string; caption: string; credit: string };
  /** The piece's language; absent: English. */
  language?: "en" | "fr";
  /** Slug of the demo piece this one translates (they name each other with hreflang). */
  translationOf?: string;
  /** Slugs of other demo articles, editor-chosen "Read also" links. */
  readAlso?: string[];
  /**
   * Markdown. May contain one line `<!-- paywall -->`: everything before it is the teaser.
   * Without it the teaser is the first N paragraphs (a setting).
   */
  body: string;
}
