/**
 * `npm run lighthouse [-- <origin>] [--runs=N] [--article=/articles/slug] [--cold]`: Lighthouse (mobile:
 * its default emulation and simulated throttling) on the front page, a gated article as an
 * anonymous reader gets it, and /subscribe; prints the four category scores and the figures
 * behind performance for each page (the run with the median performance score of N, default 3).
 *
 * Without an origin it measures the production build on a fresh demo database, as
 * `npm run test:e2e` prepares one: migrate and seed, build if needed, start the production
 * server. With one, it measures that server as it is (the demo content's gated article
 * unless --article names another). Not part of `npm test`: the figures follow the machine's load.
 * Each page is asked for a few times first, so Lighthouse meets the server as readers mostly do
 * (pages in its page memory); with --cold it is not, and the first run of each page meets a
 * page the server has to render (on a fresh server). The median run's reports are written to .data/lighthouse/.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { generateReport, type Result } from "lighthouse";
import { startBenchServer, type RunningServer } from "../bench/server/bench-server";
import { buildIfNeeded } from "./build-if-needed";
import { freePort } from "./free-port";
import { freshDatabase, type FreshDatabase } from "./fresh-database";
import { figuresTable, medianRun, pageFigures, type PageFigures } from "./lighthouse-summary";
import { prepareDatabase } from "./prepare-database";
import { articlesA } from "./seed/seed-data/articles-a";

const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const REPORT_DIR = path.join(process.cwd(), ".data", "lighthouse");

/** The demo newsroom's first piece for subscribers (level 1 or more): its anonymous view ends in the paywall box. */
function demoGatedArticle(): string {
  const piece = articlesA.find((a) => a.access.kind === "level" && a.access.level >= 1);
  if (!piece) throw new Error("the demo content has no gated article; name one with --article");
  return `/articles/${piece.slug}`;
}

/** Our own server on a fresh demo database, built if needed. */
async function startOwnServer(): Promise<{ origin: string; stop: () => Promise<void> }> {
  let database: FreshDatabase | null = null;
  let server: RunningServer | null = null;
  const stop = async () => {
    await server?.stop();
    await database?.drop();
  };
  try {
    database = await freshDatabase({ prefix: "lede_lighthouse", folder: "lighthouse-pglite" });
    // The server keeps its pages in its own memory: a Redis cache would be shared with other runs.
    delete process.env.REDIS_URL;
    Object.assign(process.env, database.env, { NEXT_TELEMETRY_DISABLED: "1", LEDE_TEST_CHECKOUT: "1" });
    await prepareDatabase();
    await buildIfNeeded(process.env);
    server = await startBenchServer({ port: await freePort(), databaseEnv: database.env, logFile: path.join(REPORT_DIR, "server.log") });
    return { origin: server.origin, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

/** Asks for each page a few times, so Lighthouse meets the server as readers do: pages in its memory. */
async function warmUp(origin: string, pages: string[]): Promise<void> {
  for (const page of pages) {
    for (let i = 0; i < 3; i++) {
      const response = await fetch(origin + page, { headers: { "accept-encoding": "gzip, deflate, br" } });
      if (!response.ok) throw new Error(`${page} answered ${response.status}`);
      await response.arrayBuffer();
    }
  }
}

async function measure(origin: string, pages: string[], runs: number): Promise<{ rows: PageFigures[]; version: string }> {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", chromeFlags: CHROME_FLAGS });
  try {
    const rows: PageFigures[] = [];
    let version = "";
    for (const page of pages) {
      const results: (PageFigures & { lhr: Result })[] = [];
      for (let run = 1; run <= runs; run++) {
        const result = await lighthouse(origin + page, { port: chrome.port, logLevel: "error", output: "json" });
        if (!result) throw new Error(`Lighthouse gave no result for ${page}`);
        if (result.lhr.runtimeError) throw new Error(`Lighthouse could not measure ${page}: ${result.lhr.runtimeError.message}`);
        const figures = pageFigures(page, result.lhr);
        console.log(`[lighthouse] ${page} run ${run}/${runs}: performance ${figures.performance}`);
        for (const warning of result.lhr.runWarnings) console.log(`[lighthouse]   warning: ${warning}`);
        results.push({ ...figures, lhr: result.lhr });
      }
      const { lhr, ...median } = medianRun(results);
      const name = page === "/" ? "front" : page.replace(/^\//, "").replaceAll("/", "-");
      writeFileSync(path.join(REPORT_DIR, `${name}.report.html`), generateReport(lhr, "html"));
      writeFileSync(path.join(REPORT_DIR, `${name}.report.json`), JSON.stringify(lhr));
      rows.push(median);
      version = lhr.lighthouseVersion;
    }
    return { rows, version };
  } finally {
    chrome.kill();
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { runs: { type: "string", default: "3" }, article: { type: "string" }, cold: { type: "boolean", default: false } },
    allowPositionals: true,
    strict: true,
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number of at least 1 (got "${values.runs}")`);
  const given = positionals[0];
  if (given !== undefined && !/^https?:\/\//.test(given)) throw new Error(`not an origin: ${given} (e.g. http://localhost:3000)`);
  const pages = ["/", values.article ?? demoGatedArticle(), "/subscribe"];
  mkdirSync(REPORT_DIR, { recursive: true });

  const server = given ? { origin: new URL(given).origin, stop: async () => {} } : await startOwnServer();
  try {
    if (!values.cold) await warmUp(server.origin, pages);
    const { rows, version } = await measure(server.origin, pages, runs);
    console.log(`\nLighthouse ${version}, mobile, ${server.origin}, ${values.cold ? "cold, " : ""}median of ${runs} run(s) per page:\n`);
    console.log(figuresTable(rows));
    console.log(`\nReports: ${path.relative(process.cwd(), REPORT_DIR)}/`);
  } finally {
    await server.stop();
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error("[lighthouse] failed:", e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
