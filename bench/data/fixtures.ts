import { articleRequirement, articleSlug, authorCount, authorSlug, categorySpecs, WEBHOOK_CUSTOMERS } from "./dataset-shape";

/*
 * The known members, sessions and pages the scenarios use. All derived from constants,
 * so a reused dataset needs no lookup.
 */

export const SUBSCRIBER = { id: "bench-subscriber", token: "bench-session-subscriber-7f3a9c1e5b2d4f60", level: 2 } as const;
/** An editor, whose saves the benchmark times (bench/measure/editor-saves.ts). */
export const EDITOR = { id: "bench-editor", token: "bench-session-editor-5d1e9b7a3c2f8e46", email: "editor@bench.example" } as const;
/** A paying reader at level 1 (account level) who meets level 2 and 3 pieces. */
export const LOW_MEMBER = { id: "bench-low-member", token: "bench-session-low-member-2c8e6a4b0d1f3e57", level: 1 } as const;

export function webhookCustomer(k: number): { userId: string; customerId: string; subscriptionId: string } {
  return { userId: `bench-webhook-${k}`, customerId: `cus_bench_wh_${k}`, subscriptionId: `sub_bench_wh_${k}` };
}

export const webhookCustomers = () => Array.from({ length: WEBHOOK_CUSTOMERS }, (_, k) => webhookCustomer(k));

/** How many distinct pages each article scenario cycles through. */
const ROTATION = 50;

function firstArticles(articles: number, wanted: (index: number) => boolean): string[] {
  const slugs: string[] = [];
  for (let i = 0; i < articles && slugs.length < ROTATION; i++) if (wanted(i)) slugs.push(articleSlug(i));
  return slugs;
}

/**
 * What the search scenario asks for: words of synthetic-text's vocabulary (so they occur in
 * the dataset), alone, together, as a phrase, with an exclusion, and a second results page.
 */
export const SEARCH_QUERIES = [
  "sanctions",
  "baltic corridor",
  "naval fleet readiness",
  '"eastern flank"',
  "drone interceptor -ceasefire",
  "harbour insurance auditors",
  "treaty or tribunal",
  "satellite radar logistics",
];

export interface PageFixtures {
  gated: string[];
  public: string[];
  /** Gated pieces the subscriber (level 2) may read in full. */
  subscriberReadable: string[];
  /** Pieces above the low member's level 1. */
  aboveLowMember: string[];
  categories: string[];
  authors: string[];
}

/** Newest pieces first: the same pages on a small and a large dataset. */
export function pageFixtures(articles: number): PageFixtures {
  const level = (i: number) => articleRequirement(i).level;
  const ccaps = (i: number) => articleRequirement(i).ccaps.length;
  return {
    gated: firstArticles(articles, (i) => level(i) !== null),
    public: firstArticles(articles, (i) => level(i) === null),
    subscriberReadable: firstArticles(articles, (i) => level(i) !== null && level(i)! <= SUBSCRIBER.level && ccaps(i) === 0),
    aboveLowMember: firstArticles(articles, (i) => level(i) !== null && level(i)! > LOW_MEMBER.level),
    categories: categorySpecs().map((c) => c.slug),
    authors: Array.from({ length: Math.min(ROTATION, authorCount(articles)) }, (_, i) => authorSlug(i + 1)),
  };
}
