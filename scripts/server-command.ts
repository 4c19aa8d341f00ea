import path from "node:path";

/*
 * How to run the production server, for every launcher (npm start, the e2e runner, the
 * benchmark, the extra instances of the shared-cache test): the bundle
 * scripts/build-server.ts makes of server/serve.ts, on plain Node — no TypeScript loader
 * at run time, which alone took about 90 MB per process.
 */
export const SERVER_BUNDLE = path.join(process.cwd(), ".next", "lede-server.mjs");
/** Lede's cache handler, bundled beside it (next.config.ts points Next at it). */
export const CACHE_HANDLER_BUNDLE = path.join(process.cwd(), ".next", "lede-cache-handler.mjs");

/** The V8 heap a server process may grow to, in MB (LEDE_SERVER_HEAP_MB). */
export function serverHeapMb(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.LEDE_SERVER_HEAP_MB?.trim();
  if (!raw) return 256;
  const mb = Number(raw);
  if (!Number.isInteger(mb) || mb < 128 || mb > 65_536) throw new Error(`LEDE_SERVER_HEAP_MB must be a whole number of megabytes from 128 to 65536 (got "${raw}").`);
  return mb;
}

/**
 * The young generation's semi-spaces, in MB. V8's default (16 on 64-bit) grows the young
 * generation to 32 MB resident under render load; 8 holds 16 MB and scavenges twice as often,
 * each scavenge copying the few objects alive (package.json's start script says the same).
 */
export const SERVER_SEMI_SPACE_MB = 8;

/**
 * The server's environment beside `env`: glibc's malloc gets at most two arenas (unless set).
 * By default each thread that allocates (libuv's pool compressing answers, V8's helpers) gets
 * its own arena, which keeps what it freed: ~48 MB resident under the long tail, ~14 with two.
 * package.json's start script sets the same.
 */
export function serverEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...env, MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX ?? "2" };
}

/**
 * Node's arguments for a server on `port`. A bounded old generation keeps V8 collecting
 * instead of growing the heap under load (it would otherwise size it from the machine's
 * memory): the server's live heap is about 100 MB.
 */
export function serverArgs(port: number | string, extra: string[] = [], env: NodeJS.ProcessEnv = process.env): string[] {
  return [`--max-old-space-size=${serverHeapMb(env)}`, `--max-semi-space-size=${SERVER_SEMI_SPACE_MB}`, SERVER_BUNDLE, "-p", String(port), ...extra];
}
