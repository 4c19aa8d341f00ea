import { strictestRequirement } from "@/lib/access/effective-requirement";
import type { Requirement } from "@/lib/access/types";

const strictestOf = (a: Requirement, b: Requirement) => strictestRequirement([a, b]);

export interface S2IfSplit {
  /** What everyone reads (content before the first member-only branch). */
  teaser: string;
  /** Member-only content and what follows it; null when the post has no [s2If]. */
  gated: string | null;
  /** What the [s2If] conditions require (level null and no ccaps when none). */
  requirement: Requirement;
  /** Conditions Lede cannot express exactly, imported as the strictest requirement they imply. */
  inexact: string[];
}

interface Condition {
  negated: boolean;
  level: number | null;
  ccaps: string[];
  exact: boolean;
}

/** Outermost [s2If] … [/s2If]: nested ones repeat the tag with leading underscores. */
const BLOCK = /\[(_*)s2If\s+([^\]]*)\]([\s\S]*?)\[\/\1s2If\]/i;

function parseCondition(raw: string): Condition | null {
  const term = raw.trim();
  const negated = term.startsWith("!");
  const body = term.replace(/^!\s*/, "");
  let m: RegExpMatchArray | null;
  if ((m = body.match(/^current_user_can\(\s*['"]?access_s2member_level(\d+)['"]?\s*\)$/i))) return { negated, level: Number(m[1]), ccaps: [], exact: true };
  if ((m = body.match(/^current_user_can\(\s*['"]?access_s2member_ccap_([a-z0-9_]+)['"]?\s*\)$/i))) return { negated, level: 0, ccaps: [m[1]!.toLowerCase()], exact: true };
  // "is" is an exact level; Lede requires a minimum, so a higher level reads it too.
  if ((m = body.match(/^current_user_is\(\s*['"]?s2member_level(\d+)['"]?\s*\)$/i))) return { negated, level: Number(m[1]), ccaps: [], exact: false };
  if (/^current_user_is\(\s*['"]?subscriber['"]?\s*\)$/i.test(body)) return { negated, level: 0, ccaps: [], exact: false };
  if (/^is_user_logged_in\(\s*\)$/i.test(body)) return { negated, level: 0, ccaps: [], exact: true };
  return null;
}


/**
 * Reads one [s2If]'s attribute: the requirement of its member branch, and whether that branch
 * is the [s2If] part (positive condition) or the [else] part (negated: "not a member").
 */
function readConditions(attr: string, inexact: string[]): { requirement: Requirement; memberBranchIsElse: boolean } {
  const joiner = /\s+(AND|OR|&&|\|\|)\s+/i;
  const parts = attr.split(joiner);
  const terms = parts.filter((_, i) => i % 2 === 0);
  const ops = new Set(parts.filter((_, i) => i % 2 === 1).map((o) => o.toUpperCase().replace("&&", "AND").replace("||", "OR")));
  const conditions = terms.map(parseCondition);
  let requirement: Requirement = { level: null, ccaps: [] };
  for (const c of conditions) if (c) requirement = strictestOf(requirement, { level: c.level, ccaps: c.ccaps });
  if (conditions.some((c) => c === null)) {
    inexact.push(`[s2If ${attr.trim()}]: unknown condition, imported as level 1 or what the known conditions need`);
    requirement = strictestOf(requirement, { level: 1, ccaps: [] });
  } else if (ops.has("OR") && conditions.length > 1) {
    inexact.push(`[s2If ${attr.trim()}]: OR imported as AND (the strictest)`);
  } else if (conditions.some((c) => !c!.exact)) {
    inexact.push(`[s2If ${attr.trim()}]: an exact level imported as a minimum level`);
  }
  const negated = conditions.filter((c) => c?.negated).length;
  if (negated > 0 && negated < conditions.length) inexact.push(`[s2If ${attr.trim()}]: negated and plain conditions mixed, imported as the plain ones' strictest`);
  return { requirement, memberBranchIsElse: negated === conditions.length && negated > 0 };
}

/** The branches of a block's inner text, split at its own [else] (not a nested one's). */
function branches(inner: string, underscores: string): { then: string; otherwise: string } {
  const marker = `[${underscores}else]`;
  const at = inner.indexOf(marker);
  return at < 0 ? { then: inner, otherwise: "" } : { then: inner.slice(0, at), otherwise: inner.slice(at + marker.length) };
}

/** A member branch with its nested blocks resolved the same way (their requirements add up). */
function resolveNested(text: string, inexact: string[]): { text: string; requirement: Requirement } {
  let requirement: Requirement = { level: null, ccaps: [] };
  let out = text;
  for (let m = BLOCK.exec(out); m; m = BLOCK.exec(out)) {
    const [whole, underscores = "", attr = "", inner = ""] = m;
    const read = readConditions(attr, inexact);
    const b = branches(inner, underscores);
    const member = resolveNested(read.memberBranchIsElse ? b.otherwise : b.then, inexact);
    requirement = strictestOf(requirement, strictestOf(read.requirement, member.requirement));
    out = out.slice(0, m.index) + member.text + out.slice(m.index! + whole.length);
  }
  return { text: out, requirement };
}

/**
 * Turns s2Member's [s2If] teasers into a Lede split: the content before the first block is
 * the teaser; the member branch (and everything after it) is gated, and the conditions
 * become the requirement. The "not a member" branch is dropped: Lede draws its own paywall box.
 */
export function extractS2If(content: string): S2IfSplit {
  const inexact: string[] = [];
  const first = BLOCK.exec(content);
  if (!first) return { teaser: content, gated: null, requirement: { level: null, ccaps: [] }, inexact };
  const teaser = content.slice(0, first.index);
  const resolved = resolveNested(content.slice(first.index), inexact);
  return { teaser, gated: resolved.text, requirement: resolved.requirement, inexact };
}
