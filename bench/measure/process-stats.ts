import { readdirSync, readFileSync } from "node:fs";

/*
 * CPU time and memory of a process tree from /proc (Linux). CPU time counts only what
 * the server did, so it stays stable on a noisy machine where requests/s does not.
 */

/** USER_HZ: the unit of utime/stime in /proc/<pid>/stat; 100 on every Linux build we run on. */
const CLOCK_TICKS_PER_SECOND = 100;

function readOrNull(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch {
    // The process may have exited between listing and reading.
    return null;
  }
}

/** utime + stime of one process in ms (fields 14 and 15; the name in parentheses may hold spaces). */
export function processCpuMs(pid: number): number {
  const stat = readOrNull(`/proc/${pid}/stat`);
  if (!stat) return 0;
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // fields[0] is field 3 (state), so fields 14 and 15 are at 11 and 12.
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
}

/** The pid and every descendant, through /proc/<pid>/task/<tid>/children. */
export function processTree(root: number): number[] {
  const out: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    if (out.includes(pid)) continue;
    out.push(pid);
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tasks) {
      const children = readOrNull(`/proc/${pid}/task/${tid}/children`) ?? "";
      for (const child of children.trim().split(/\s+/).filter(Boolean)) queue.push(Number(child));
    }
  }
  return out;
}

export function treeCpuMs(root: number): number {
  return processTree(root).reduce((sum, pid) => sum + processCpuMs(pid), 0);
}

function statusKb(pid: number, field: "VmRSS" | "VmHWM"): number {
  const match = readOrNull(`/proc/${pid}/status`)?.match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"));
  return match ? Number(match[1]) : 0;
}

/** Resident memory of the whole tree, in MB. */
export function treeRssMb(root: number): number {
  return processTree(root).reduce((sum, pid) => sum + statusKb(pid, "VmRSS"), 0) / 1024;
}

/** The high-water mark of resident memory, summed over the tree (each process's own peak). */
export function treeHwmMb(root: number): number {
  return processTree(root).reduce((sum, pid) => sum + statusKb(pid, "VmHWM"), 0) / 1024;
}

/** CPU ms of every process with this command name (the PostgreSQL server's processes), by pid. */
export function cpuMsByPid(name: string): Map<number, number> {
  const out = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    if (readOrNull(`/proc/${entry}/comm`)?.trim() === name) out.set(Number(entry), processCpuMs(Number(entry)));
  }
  return out;
}

/**
 * CPU used between two snapshots by the processes alive at the end: one that exited in
 * between took its CPU time with it, so it is left out rather than counted negative.
 */
export function cpuDeltaMs(before: Map<number, number>, after: Map<number, number>): number {
  let sum = 0;
  for (const [pid, ms] of after) sum += Math.max(0, ms - (before.get(pid) ?? 0));
  return sum;
}
