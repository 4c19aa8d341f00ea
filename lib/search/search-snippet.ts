import { decodeHTML } from "entities";
/*
 * ts_headline marks matches with these two private-use characters (removed from the
 * source text first), so the marks can be told apart from anything in the text itself.
 * The snippet then travels as plain segments, never as HTML: the page renders text nodes
 * and <mark> elements, so nothing an editor or a searcher wrote can become markup.
 */
export const MARK_START = "\ue000";
export const MARK_END = "\ue001";

export interface SnippetSegment {
  text: string;
  marked: boolean;
}

/** Decodes the character references of our stored HTML (&#x26;, &#60;, &amp; …) back to text. */
export function decodeEntities(text: string): string {
  return decodeHTML(text);
}

/** Splits ts_headline output into text and marked segments; adjacent marked words merge. */
export function parseHeadline(headline: string): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  const push = (text: string, marked: boolean) => {
    if (!text) return;
    const last = segments[segments.length - 1];
    if (last && last.marked === marked) last.text += text;
    else segments.push({ text, marked });
  };
  for (const [i, part] of headline.split(MARK_START).entries()) {
    if (i === 0) {
      push(decodeEntities(part.replaceAll(MARK_END, "")), false);
      continue;
    }
    const end = part.indexOf(MARK_END);
    const inside = end === -1 ? part : part.slice(0, end);
    const after = end === -1 ? "" : part.slice(end + 1).replaceAll(MARK_END, "");
    push(decodeEntities(inside), true);
    push(decodeEntities(after), false);
  }
  return mergeMarkedRuns(segments);
}

/** "Black" + " " + "Sea" marked separately reads better as one mark over "Black Sea". */
function mergeMarkedRuns(segments: SnippetSegment[]): SnippetSegment[] {
  const out: SnippetSegment[] = [];
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    const prev = out[out.length - 1];
    const next = segments[i + 1];
    if (!s.marked && /^\s+$/.test(s.text) && prev?.marked && next?.marked) {
      prev.text += s.text + next.text;
      i++;
      continue;
    }
    out.push({ ...s });
  }
  return out;
}
