/*
 * Deterministic filler text for the benchmark dataset: the same index always gives the
 * same title and body, so a dataset can be reused and fixtures computed without a query.
 */

const WORDS = (
  "the of and to in a is that for on with as by at from its was are be this an which or have has not " +
  "security defence policy brussels council minister border naval fleet brigade treaty sanctions budget " +
  "procurement parliament commission alliance eastern flank baltic mediterranean corridor migration " +
  "intelligence cyber infrastructure energy pipeline cable drone interceptor ammunition reserve export " +
  "control dossier tribunal investigation coalition election mandate summit negotiation ceasefire " +
  "mission frontier shipping insurance harbour satellite radar logistics readiness garrison treasury " +
  "auditors ministry agency officials diplomats analysts lawmakers commanders contractors envoys"
).split(" ");

const HEADINGS = ["What changed", "The numbers", "Who decides", "What comes next", "The view from the capitals", "Behind the deal"];

/** Mulberry32: small, fast and good enough for filler text. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function sentence(random: () => number, words: number): string {
  const out = Array.from({ length: words }, () => pick(random, WORDS));
  const first = out[0]!;
  out[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return `${out.join(" ")}.`;
}

function paragraph(random: () => number, words: number): string {
  const sentences: string[] = [];
  for (let left = words; left > 0; ) {
    const n = Math.min(left, 8 + Math.floor(random() * 14));
    sentences.push(sentence(random, n));
    left -= n;
  }
  return sentences.join(" ");
}

/** A Markdown body of about `words` words: paragraphs, sub-headings, a quote and a list. */
export function articleMarkdown(seed: number, words: number): string {
  const random = seededRandom(seed);
  const blocks: string[] = [];
  let written = 0;
  for (let i = 0; written < words; i++) {
    if (i > 0 && i % 5 === 0) blocks.push(`## ${pick(random, HEADINGS)}`);
    if (i === 7) blocks.push(`> ${sentence(random, 18)}`);
    if (i === 11) blocks.push(["- ", "- ", "- "].map((dash) => dash + sentence(random, 9)).join("\n"));
    const n = Math.min(words - written, 60 + Math.floor(random() * 60));
    blocks.push(paragraph(random, n));
    written += n;
  }
  return blocks.join("\n\n");
}

export function articleTitle(index: number): string {
  const random = seededRandom(index * 7919 + 1);
  const words = Array.from({ length: 5 + Math.floor(random() * 5) }, () => pick(random, WORDS.slice(40)));
  const title = words.join(" ");
  return title.charAt(0).toUpperCase() + title.slice(1);
}

export function standfirst(index: number): string {
  return paragraph(seededRandom(index * 104729 + 3), 28);
}

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
}
