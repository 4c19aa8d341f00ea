import { sql } from "drizzle-orm";
import { inTransaction, type Database } from "@/db/client";
import { articles, authors, ccapCatalogue, users } from "@/db/schema";
import { getSettings } from "@/lib/settings/settings";
import { setSettings } from "@/lib/settings/set-settings";
import { importImage } from "./import-image";
import { importMember, type MemberContext } from "./import-member";
import { importPost } from "./import-post";
import { createReport, notice, refuse, type ImportReport } from "./import-report";
import { loadMappings } from "./import-mappings";
import { importTaxonomy } from "./import-taxonomy";
import type { PostContext } from "./post-context";
import { readMembersCsv } from "./read-members-csv";
import { readWxr } from "./read-wxr";
import { EMPTY_RULES, s2MemberRules, type S2MemberRules } from "./s2member-rules";
import { scanWxr } from "./scan-wxr";
import { writeLegacyRedirects } from "./write-legacy-redirects";
import { emptyMemberRows, writeMemberRows } from "./write-member-rows";
import { listImageSources } from "./list-image-sources";

type Source = () => AsyncIterable<Uint8Array | string>;

export interface ImportWordPressOptions {
  /** Opens the WXR export (read twice: once to learn its terms and attachments, once to import). */
  openWxr: Source;
  openMembers?: Source;
  membersMap?: Record<string, string>;
  s2MemberOptions?: Map<string, string>;
  uploadsDir?: string | null;
  dryRun: boolean;
  /** Items per transaction. */
  batchSize?: number;
  relinkStripe?: MemberContext["relinkStripe"];
  onProgress?: (phase: "posts" | "members", done: number, total: number | null) => void;
  now: Date;
}

export interface ImportWordPressResult {
  report: ImportReport;
  /** Articles created or updated: their cached pages must be refreshed. */
  changedArticleIds: number[];
}

class DryRunRollback extends Error {}

/** Posts imported side by side: the import waits on the database far more than it computes. */
const POST_WORKERS = 3;

/** Groups a stream into arrays of `size`. */
async function* chunked<T>(items: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  const batch: T[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length >= size) yield batch.splice(0);
  }
  if (batch.length) yield batch;
}

/** Runs `work` in batches of `size` items, one transaction each; a failing item rolls back alone. */
async function inBatches<T>(db: Database, items: AsyncIterable<T>, size: number, work: (tx: Database, item: T) => Promise<void>, onError: (item: T, e: unknown) => void): Promise<void> {
  let batch: T[] = [];
  const flush = async () => {
    const current = batch;
    batch = [];
    if (current.length === 0) return;
    await db.transaction(async (tx) => {
      for (const item of current) {
        try {
          await inTransaction(tx, (sp) => work(sp, item));
        } catch (e) {
          onError(item, e);
        }
      }
    });
  };
  for await (const item of items) {
    batch.push(item);
    if (batch.length >= size) await flush();
  }
  await flush();
}

/**
 * Moves a WordPress + s2Member newsroom into Lede: authors, categories, tags and their
 * rules, posts (teasers, requirements, images, old addresses), then members with their
 * levels, ccaps, ends of term and history. Safe to repeat (a mapping table tells new from
 * unchanged, and edits made in Lede are never overwritten); a dry run changes nothing.
 */
export async function importWordPress(db: Database, options: ImportWordPressOptions): Promise<ImportWordPressResult> {
  if (!options.dryRun) return run(db, options);
  let result: ImportWordPressResult | undefined;
  try {
    await inTransaction(db, async (tx) => {
      result = await run(tx, options);
      throw new DryRunRollback();
    });
  } catch (e) {
    if (!(e instanceof DryRunRollback)) throw e;
  }
  return { ...result!, changedArticleIds: [] };
}

async function run(db: Database, options: ImportWordPressOptions): Promise<ImportWordPressResult> {
  const { now } = options;
  const report = createReport(options.dryRun, now);
  const batchSize = options.batchSize ?? 100;
  const rules: S2MemberRules = options.s2MemberOptions ? s2MemberRules(options.s2MemberOptions) : EMPTY_RULES;
  for (const ignored of rules.ignored) notice(report, "ignored-rule", "s2member options", ignored);

  // Members do not depend on the posts: both run side by side, on two connections (the
  // import waits on the database far more than it computes).
  // A dry run is one transaction on one connection, where interleaved savepoints would undo
  // each other's work: there the members wait for the posts.
  const membersNow = options.openMembers && !options.dryRun;
  const members = membersNow ? importMembers(db, options, report) : Promise.resolve();
  members.catch(() => {});
  const scan = await scanWxr(readWxr(options.openWxr()), report);
  const taxonomy = await inTransaction(db, (tx) => importTaxonomy(tx, { ...scan, rules, report, now }));
  if (options.s2MemberOptions) {
    const current = await getSettings(db);
    const labels = current.levelLabels.map((l, i) => rules.levelLabels[i] ?? l) as typeof current.levelLabels;
    await setSettings(db, { levelLabels: labels });
  }

  const knownImages = await loadMappings(db, "attachment");
  const images = new Map<string, string | null>();
  const ctx: PostContext = {
    baseUrl: scan.baseUrl,
    taxonomy,
    rules,
    attachments: scan.attachments,
    attachmentsByParent: scan.attachmentsByParent,
    planned: scan.planned,
    articlePathByOldPath: scan.articlePathByOldPath,
    known: await loadMappings(db, "post"),
    articleIdBySlug: new Map((await db.select({ id: articles.id, slug: articles.slug }).from(articles)).map((a) => [a.slug, a.id])),
    knownCcaps: new Set((await db.select({ name: ccapCatalogue.name }).from(ccapCatalogue)).map((c) => c.name)),
    teaserParagraphs: (await getSettings(db)).teaserParagraphs,
    resolveImage: (src) => images.get(src) ?? null,
    report,
    now,
  };
  const changed: number[] = [];
  let done = 0;
  const posts = async function* () {
    for await (const record of readWxr(options.openWxr())) if (record.kind === "item" && record.postType === "post" && record.id) yield record;
  };
  // Several workers share one stream of posts (an async generator hands each item out once),
  // each with its own connection and transactions; one in a dry run (one connection there).
  const stream = posts();
  const workers = options.dryRun ? 1 : POST_WORKERS;
  const work = () => inBatches(
    db,
    stream,
    batchSize,
    async (tx, item) => {
      // Images first (async), so the conversion can name their Lede addresses.
      const hero = scan.attachments.get(item.meta.get("_thumbnail_id") ?? "")?.url;
      for (const src of [...(hero ? [hero] : []), ...listImageSources(item.content)]) {
        if (!images.has(src)) images.set(src, await importImage(tx, { url: src, uploadsDir: options.uploadsDir ?? null, known: knownImages, now }));
      }
      const written = await importPost(tx, item, ctx);
      if (written.articleId !== undefined) changed.push(written.articleId);
      options.onProgress?.("posts", ++done, scan.postCount);
    },
    (item, e) => {
      refuse(report, "post", item.id, `line ${item.line}: ${(e as Error).message}`);
      options.onProgress?.("posts", ++done, scan.postCount);
    },
  );
  await Promise.all(Array.from({ length: workers }, work));
  await inTransaction(db, (tx) => writeLegacyRedirects(tx, scan.termRedirects(taxonomy)));

  await members;
  if (options.openMembers && !membersNow) await importMembers(db, options, report);
  await linkAuthorAccounts(db);
  return { report: { ...report, finishedAt: new Date().toISOString() }, changedArticleIds: changed };
}

async function importMembers(db: Database, options: ImportWordPressOptions, report: ImportReport): Promise<void> {
  const accounts = await db.select({ id: users.id, email: users.email }).from(users);
  const ctx: MemberContext = {
    known: await loadMappings(db, "member"),
    userIdByEmail: new Map(accounts.filter((a) => a.email).map((a) => [a.email!.toLowerCase(), a.id])),
    knownCcaps: new Set((await db.select({ name: ccapCatalogue.name }).from(ccapCatalogue)).map((c) => c.name)),
    seen: new Set(),
    relinkStripe: options.relinkStripe,
    report,
    now: options.now,
  };
  let done = 0;
  for await (const batch of chunked(readMembersCsv(options.openMembers!(), options.membersMap), options.batchSize ?? 100)) {
    await inTransaction(db, async (t) => {
      const rows = emptyMemberRows();
      for (const m of batch) {
        try {
          await importMember(t, m, { ...ctx, bulk: rows });
        } catch (e) {
          refuse(report, "member", m.email || `line ${m.line}`, (e as Error).message);
        }
        options.onProgress?.("members", ++done, null);
      }
      const emails = rows.users.map((u) => u.email!);
      try {
        await inTransaction(t, (sp) => writeMemberRows(sp, rows));
      } catch (e) {
        // The batch's new accounts could not be written together: each is refused, the rest stays.
        const counts = report.counts.member!;
        counts.created = (counts.created ?? 0) - emails.length;
        for (const email of emails) refuse(report, "member", email, `not written: ${(e as Error).message}`);
      }
    });
  }
  if (ctx.seen.size) notice(report, "passwords", "members", `${ctx.seen.size} member(s) imported without their WordPress password: they sign in by e-mail link and may set a password`);
}

/** Author profiles whose WordPress account is now a Lede account get linked to it. */
async function linkAuthorAccounts(db: Database): Promise<void> {
  await db.execute(sql`update ${authors} set user_id = ${users.id} from ${users}, wordpress_import_map m
    where m.kind = 'author' and m.lede_id = ${authors.id}::text and ${authors.userId} is null
    and lower(${users.email}) = lower(coalesce((m.detail->>'email'), ''))`);
}
