/**
 * How many consecutive words of an override, found in the subscribers-only part and not in
 * the public part, make a quote. Five words rarely repeat by chance ("the prime minister
 * said on") yet catch any sentence lifted from the gated text.
 */
export const QUOTE_WORDS = 5;

function words(text: string): string[] {
  return (text.normalize("NFKC").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) as string[];
}

function shingles(list: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + QUOTE_WORDS <= list.length; i++) out.add(list.slice(i, i + QUOTE_WORDS).join(" "));
  return out;
}

/**
 * The words of `override` that quote the gated text, or null. Search and social overrides
 * are shown to every viewer (meta, Open Graph, JSON-LD), so they must not carry any run of
 * words that only a reader with access could have seen; a run also present in the title,
 * standfirst or teaser is public already and allowed.
 */
export function findGatedQuote(override: string, texts: { gated: string; public: string }): string | null {
  const own = words(override);
  if (own.length < QUOTE_WORDS) return null;
  const gated = shingles(words(texts.gated));
  if (gated.size === 0) return null;
  const open = shingles(words(texts.public));
  for (let i = 0; i + QUOTE_WORDS <= own.length; i++) {
    const run = own.slice(i, i + QUOTE_WORDS).join(" ");
    if (gated.has(run) && !open.has(run)) return run;
  }
  return null;
}
