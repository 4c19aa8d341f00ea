/**
 * `npm run import:wordpress -- --wxr export.xml [--members users.csv]
 *   [--s2member-options options.json|options.txt] [--uploads DIR] [--dry-run] [--report report.json]
 *   [--price-map price_…=plan …] [--members-map field=column,…] [--batch-size N]`
 * Moves a WordPress + s2Member newsroom into the configured database (lib/import). Prints a
 * progress bar, then the report; exits 0 only when nothing was refused.
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { closeDatabase, openDatabase } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { stripeGateway } from "../lib/billing/stripe-gateway";
import { isStripeConfigured } from "../lib/billing/stripe-client";
import { isAppError } from "../lib/errors";
import { applyPriceMap } from "../lib/import/apply-price-map";
import { formatReport } from "../lib/import/import-report";
import { importWordPress } from "../lib/import/import-wordpress";
import { importedPageTags } from "../lib/import/purge-imported-pages";
import { readCacheConfig } from "../server/cache/cache-config.mjs";
import { RedisPageStore } from "../server/cache/redis-page-store";
import { closeSharedRedis } from "../server/cache/shared-redis.mjs";
import { readS2MemberOptions } from "../lib/import/read-s2member-options";
import { relinkStripeMember } from "../lib/import/relink-stripe-member";

function pairs(values: string[] | undefined, flag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const item of (values ?? []).flatMap((v) => v.split(","))) {
    const at = item.indexOf("=");
    if (at <= 0) throw new Error(`${flag} expects key=value (got "${item}")`);
    out.set(item.slice(0, at).trim(), item.slice(at + 1).trim());
  }
  return out;
}

function file(path: string | undefined, flag: string): string | undefined {
  if (path === undefined) return undefined;
  if (!existsSync(path) || !statSync(path).isFile()) throw new Error(`${flag}: no such file: ${path}`);
  return path;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      wxr: { type: "string" },
      members: { type: "string" },
      "s2member-options": { type: "string" },
      uploads: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      report: { type: "string" },
      "price-map": { type: "string", multiple: true },
      "members-map": { type: "string", multiple: true },
      "batch-size": { type: "string" },
    },
    strict: true,
  });
  const wxr = file(values.wxr, "--wxr");
  if (!wxr) throw new Error("--wxr export.xml is required (WordPress: Tools → Export → All content)");
  const members = file(values.members, "--members");
  const optionsFile = file(values["s2member-options"], "--s2member-options");
  if (values.uploads && !statSync(values.uploads, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`--uploads: no such folder: ${values.uploads}`);
  const batchSize = Number(values["batch-size"] ?? 100);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) throw new Error("--batch-size must be a whole number from 1 to 10000");
  const priceMap = pairs(values["price-map"], "--price-map");
  const dryRun = values["dry-run"] ?? false;

  await migrateDatabase();
  const { db } = await openDatabase();
  const now = new Date();
  const stripe = isStripeConfigured();
  if (priceMap.size && !dryRun) for (const line of await applyPriceMap(db, priceMap)) console.log(`[lede] price map: ${line}`);

  // One bar per phase: posts and members are imported side by side.
  const bars = new cliProgress.MultiBar(
    { format: "{phase} [{bar}] {value}/{total} | {speed} items/s | ETA {eta_formatted}", hideCursor: true, etaBuffer: 200, noTTYOutput: true, notTTYSchedule: 10_000 },
    cliProgress.Presets.shades_classic,
  );
  const phases = new Map<string, { bar: cliProgress.SingleBar; started: number }>();
  const { report, changedArticleIds } = await importWordPress(db, {
    openWxr: () => createReadStream(wxr, { highWaterMark: 256 * 1024 }),
    openMembers: members ? () => createReadStream(members, { highWaterMark: 256 * 1024 }) : undefined,
    membersMap: Object.fromEntries(pairs(values["members-map"], "--members-map")),
    s2MemberOptions: optionsFile ? readS2MemberOptions(await readFile(optionsFile, "utf8")) : undefined,
    uploadsDir: values.uploads ?? null,
    dryRun,
    batchSize,
    relinkStripe: stripe ? (tx, userId, member) => relinkStripeMember(tx, stripeGateway(), { userId, member, now }) : undefined,
    now,
    onProgress: (phase, done, total) => {
      let p = phases.get(phase);
      if (!p) phases.set(phase, (p = { bar: bars.create(total ?? 0, 0, { phase: phase.padEnd(7), speed: "0" }), started: Date.now() }));
      // Members stream in without a count: their bar's total grows with them.
      if (total === null) p.bar.setTotal(done);
      p.bar.update(done, { speed: ((done / Math.max(1, Date.now() - p.started)) * 1000).toFixed(0) });
    },
  });
  bars.stop();
  console.log(formatReport(report));
  if (!stripe && report.notices["stripe-relink-pending"]?.length) console.log("[lede] no STRIPE_SECRET_KEY: run the import again with Stripe keys to re-link the members listed above.");
  if (!dryRun) console.log(`[lede] cache: ${await purgeImportedPages(await importedPageTags(db, changedArticleIds))}`);
  if (values.report) await writeFile(values.report, JSON.stringify(report, null, 2) + "\n");
  await closeDatabase();
  return report.refused.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`[lede] import failed: ${isAppError(e) || e instanceof Error ? e.message : String(e)}`);
    process.exit(2);
  },
);

/**
 * Purges the pages the import changed as an editor's save does: with REDIS_URL through the
 * shared page store, which every server hears; without it the servers' caches are in their
 * own memory, and their copies refresh within their lifetime (5 minutes) or on restart.
 */
async function purgeImportedPages(tags: readonly string[]): Promise<string> {
  if (tags.length === 0) return "no page to refresh";
  const config = readCacheConfig(process.env);
  if (!config) return `${tags.length} cache tags show imported articles; without REDIS_URL the servers refresh them within 5 minutes (or restart them)`;
  const purged = await new RedisPageStore(config, "import").purge(tags);
  await closeSharedRedis();
  return purged === undefined ? "Redis could not be reached: cached pages refresh within 5 minutes" : `${tags.length} cache tags purged through the shared cache`;
}
