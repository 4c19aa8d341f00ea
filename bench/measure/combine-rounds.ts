import type { LoadFigures } from "../load/load-protocol";

/** One measured round: the load generator's figures and what the server (and database) used meanwhile. */
export interface Round {
  figures: LoadFigures;
  serverCpuMs: number;
  dbCpuMs: number;
  statements: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Rounds into one result. CPU per request is the median over rounds, so a burst of other
 * work on a shared machine during one round does not move it; p99 is the worst round's.
 */
export function combineRounds(rounds: Round[]) {
  const sum = (pick: (r: Round) => number) => rounds.reduce((total, r) => total + pick(r), 0);
  const requests = sum((r) => r.figures.requests);
  const seconds = sum((r) => r.figures.seconds);
  const perRequest = (pick: (r: Round) => number) => median(rounds.map((r) => pick(r) / Math.max(1, r.figures.requests)));
  const figures: LoadFigures = {
    requests,
    seconds,
    rps: requests / Math.max(seconds, 0.001),
    p50Ms: median(rounds.map((r) => r.figures.p50Ms)),
    p99Ms: Math.max(...rounds.map((r) => r.figures.p99Ms)),
    non2xx: sum((r) => r.figures.non2xx),
    errors: sum((r) => r.figures.errors),
    timeouts: sum((r) => r.figures.timeouts),
    bytesPerResponse: sum((r) => r.figures.bytesPerResponse * r.figures.requests) / Math.max(1, requests),
    pageMemoryHits: sum((r) => r.figures.pageMemoryHits),
    pageMemoryMisses: sum((r) => r.figures.pageMemoryMisses),
  };
  return {
    figures,
    cpuMsPerRequest: perRequest((r) => r.serverCpuMs),
    dbCpuMsPerRequest: perRequest((r) => r.dbCpuMs),
    queriesPerRequest: sum((r) => r.statements) / Math.max(1, requests),
  };
}
