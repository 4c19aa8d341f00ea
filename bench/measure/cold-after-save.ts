import { treeCpuMs } from "./process-stats";
import { benchEditor, durationFigures } from "./editor-session";

/*
 * cold-after-save: an editor saves a hot piece every second while readers read it and the
 * front page. Every read that starts a second or more after a save's answer must show that
 * save (the cache-version rule); the server's CPU per read and the saves' p95 (purge
 * included) are measured meanwhile.
 */

export const COLD_AFTER_SAVE_TARGETS = { staleAfterMs: 1000, cpuMsPerRead: 1, saveP95Ms: 150 } as const;

export interface ColdAfterSaveFigures {
  reads: number;
  saves: number;
  failedReads: number;
  failedSaves: number;
  /** What the first failed read got, to say why. */
  firstFailure: string | null;
  /** Reads begun ≥ 1 s after a save's answer that still showed an older version. */
  staleReads: number;
  /** Longest time after a save's answer at which a read began and still showed the version before it (ms). */
  worstLagMs: number;
  /** Server CPU over the measured time, saves included, per read. */
  cpuMsPerRead: number;
  save: { p50Ms: number; p95Ms: number; maxMs: number };
}

interface Read {
  startedAt: number;
  version: number;
}

const marker = (n: number) => `Cold save ${n} of the hot piece`;
const seenVersion = (html: string) => Number(/Cold save (\d+) of the hot piece/.exec(html)?.[1] ?? -1);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function meetsColdAfterSave(f: ColdAfterSaveFigures): boolean {
  const t = COLD_AFTER_SAVE_TARGETS;
  return f.staleReads === 0 && f.failedReads === 0 && f.failedSaves === 0 && f.cpuMsPerRead <= t.cpuMsPerRead && f.save.p95Ms <= t.saveP95Ms;
}

export async function measureColdAfterSave(server: { origin: string; pid: number }, options: { readers: number; seconds: number }): Promise<ColdAfterSaveFigures> {
  const { origin } = server;
  const editor = benchEditor(origin);
  // A fixed address: the title changes with every save, the piece's URL must not.
  const slug = `cold-after-save-${Date.now()}`;
  const piece = await editor.create(marker(0), slug);
  let version = piece.version;
  const first = await editor.save(piece.id, marker(0), version, slug);
  if (!first) throw new Error("cold-after-save: the first save of the hot piece failed");
  version = first.version;
  const paths = [`/articles/${first.slug}`, "/"];
  // Saves answered: [when, the marker number it set]; reads as they began and what they showed.
  const saved: [number, number][] = [[performance.now(), 0]];
  const reads: Read[] = [];
  let failedReads = 0;
  let firstFailure: string | null = null;
  const fail = (why: string) => {
    failedReads++;
    firstFailure ??= why;
  };
  let measuring = false;
  let running = true;

  const reader = async (k: number) => {
    for (let i = k; running; i++) {
      const startedAt = performance.now();
      const path = paths[i % 2]!;
      try {
        const res = await fetch(origin + path, { headers: { "accept-encoding": "gzip, deflate, br" } });
        const html = await res.text();
        if (!measuring) continue;
        if (res.status !== 200) fail(`${path}: ${res.status}`);
        else reads.push({ startedAt, version: seenVersion(html) });
      } catch (e) {
        if (measuring) fail(`${path}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  };
  const readersDone = Promise.all(Array.from({ length: options.readers }, (_, k) => reader(k)));
  // Warm-up: readers and a few saves, not counted.
  for (let n = 1; n <= 3; n++) {
    await sleep(1000);
    const s = await editor.save(piece.id, marker(n), version, slug);
    if (s) version = s.version;
    saved.push([performance.now(), n]);
  }
  await sleep(1000);
  measuring = true;
  const cpuBefore = treeCpuMs(server.pid);
  const saveTimes: number[] = [];
  let failedSaves = 0;
  for (let n = 4; n < 4 + options.seconds; n++) {
    const started = performance.now();
    const s = await editor.save(piece.id, marker(n), version, slug);
    const answeredAt = performance.now();
    saveTimes.push(answeredAt - started);
    if (s) {
      version = s.version;
      saved.push([answeredAt, n]);
    } else failedSaves++;
    await sleep(Math.max(0, 1000 - (answeredAt - started)));
  }
  running = false;
  await readersDone;
  const cpuMs = treeCpuMs(server.pid) - cpuBefore;

  let staleReads = 0;
  let worstLagMs = 0;
  for (const read of reads) {
    // The newest save answered before this read began, and how long before.
    const latest = saved.filter(([at]) => at <= read.startedAt).at(-1);
    if (!latest || read.version >= latest[1]) continue;
    const lag = read.startedAt - latest[0];
    worstLagMs = Math.max(worstLagMs, lag);
    if (lag >= COLD_AFTER_SAVE_TARGETS.staleAfterMs) staleReads++;
  }
  return {
    reads: reads.length,
    saves: saveTimes.length,
    failedReads,
    failedSaves,
    firstFailure,
    staleReads,
    worstLagMs,
    cpuMsPerRead: cpuMs / Math.max(1, reads.length),
    save: durationFigures(saveTimes),
  };
}
