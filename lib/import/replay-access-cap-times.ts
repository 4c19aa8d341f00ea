import type { WpMember } from "./read-members-csv";

export interface PastEntitlement {
  fromLevel: number;
  toLevel: number;
  fromCcaps: string[];
  toCcaps: string[];
  cause: string;
  createdAt: Date;
}

/**
 * s2Member's access_cap_times (`level2`, `ccap_x`, `-level2` = lost) replayed into Lede's
 * entitlement history, one row per change at its own date; without them, the first time
 * each paid level was reached (paid_registration_times).
 */
export function replayAccessCapTimes(m: Pick<WpMember, "accessCapTimes" | "paidRegistrationTimes">): PastEntitlement[] {
  const rows: PastEntitlement[] = [];
  let level = 0;
  let ccaps: string[] = [];
  const push = (toLevel: number, toCcaps: string[], at: Date, cause: string) => {
    if (toLevel === level && toCcaps.join() === ccaps.join()) return;
    rows.push({ fromLevel: level, toLevel, fromCcaps: ccaps, toCcaps, cause, createdAt: at });
    level = toLevel;
    ccaps = toCcaps;
  };
  if (m.accessCapTimes.length) {
    for (const { at, cap } of m.accessCapTimes) {
      const lost = cap.startsWith("-");
      const name = cap.replace(/^-/, "");
      const lv = name.match(/^level(\d+)$/);
      if (lv) {
        const n = Math.min(4, Number(lv[1]));
        // Losing level N leaves the level below it (access is incremental).
        push(lost ? Math.min(level, Math.max(0, n - 1)) : Math.max(level, n), ccaps, at, "s2member-access-cap-times");
      } else if (name.startsWith("ccap_")) {
        const c = name.slice(5).toLowerCase();
        push(level, lost ? ccaps.filter((x) => x !== c) : [...new Set([...ccaps, c])].sort(), at, "s2member-access-cap-times");
      }
    }
    return rows;
  }
  for (const p of [...m.paidRegistrationTimes].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    push(Math.max(level, Math.min(4, p.level)), ccaps, p.at, "s2member-paid-registration");
  }
  return rows;
}
