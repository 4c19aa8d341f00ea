import { COLD_AFTER_SAVE_TARGETS, meetsColdAfterSave, type ColdAfterSaveFigures } from "./measure/cold-after-save";
import { SAVE_TARGET_P95_MS, type SaveFigures } from "./measure/editor-saves";
import { QUICK_START_TARGET_MB, type QuickStartFigures } from "./measure/quick-start-memory";

const verdict = (ok: boolean) => (ok ? "PASS" : "MISS");
const at = (articles: number) => `${articles.toLocaleString("en")} articles`;

export function printEditorSaves(saves: [number, SaveFigures][]): void {
  for (const [articles, f] of saves) {
    console.log(
      `editor-save @ ${at(articles)}: ${f.saves} saves after 5 warm-up saves, p50 ${f.p50Ms.toFixed(0)} ms, p95 ${f.p95Ms.toFixed(0)} ms, max ${f.maxMs.toFixed(0)} ms, ${f.failed} failed (target p95 ≤ ${SAVE_TARGET_P95_MS} ms, purge included): ${verdict(f.failed === 0 && f.p95Ms <= SAVE_TARGET_P95_MS)}`,
    );
  }
}

export function printColdAfterSave(runs: [number, ColdAfterSaveFigures][]): void {
  const t = COLD_AFTER_SAVE_TARGETS;
  for (const [articles, f] of runs) {
    console.log(
      `cold-after-save @ ${at(articles)}: ${f.reads} reads, ${f.saves} saves; stale reads ≥ ${t.staleAfterMs} ms after a save ${f.staleReads} (latest old version seen ${f.worstLagMs.toFixed(0)} ms after a save); ` +
        `${f.cpuMsPerRead.toFixed(2)} ms CPU/read (target ≤ ${t.cpuMsPerRead}, saves included); save p50 ${f.save.p50Ms.toFixed(0)} / p95 ${f.save.p95Ms.toFixed(0)} / max ${f.save.maxMs.toFixed(0)} ms (target p95 ≤ ${t.saveP95Ms}); ` +
        `${f.failedReads} failed reads${f.firstFailure ? ` (first: ${f.firstFailure})` : ""}, ${f.failedSaves} failed saves: ${verdict(meetsColdAfterSave(f))}`,
    );
  }
}

export function printQuickStartMemory(f: QuickStartFigures): void {
  const stopped = f.stoppedInSeconds === null ? "did NOT stop within 20 s of SIGINT" : `stopped ${f.stoppedInSeconds.toFixed(1)} s after SIGINT`;
  console.log(
    `quick-start-memory: npm start's command on PGlite answered after ${f.readySeconds.toFixed(0)} s (migrate, seed, start); after ${f.pagesRead} page reads its process tree holds ${f.rssMb.toFixed(0)} MB (target ≤ ${QUICK_START_TARGET_MB} MB); ${stopped}: ${verdict(f.rssMb <= QUICK_START_TARGET_MB && f.stoppedInSeconds !== null)}`,
  );
  for (const p of f.processes) console.log(`  ${String(p.pid).padEnd(8)}${p.rssMb.toFixed(0).padStart(5)} MB  ${p.name}`);
}
