/**
 * `npm run bench:import [-- --posts 20000 --members 100000]`: generates a WordPress export
 * of about 100 MB (20,000 posts: classic and block content, [s2If] teasers, captions, three
 * levels of sections, tags) and an s2Member advanced export of 100,000 members, both written
 * as streams, imports them into a fresh PostgreSQL database (DATABASE_URL names the server)
 * and prints the time and the process' peak RSS against the targets: under 10 minutes,
 * under 300 MB.
 */
import { once } from "node:events";
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync, type WriteStream } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import postgres from "postgres";
import { connect } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { formatReport } from "../lib/import/import-report";
import { importWordPress } from "../lib/import/import-wordpress";
import { readS2MemberOptions } from "../lib/import/read-s2member-options";
import { FIXTURE_OPTIONS, wxrHead, wxrItem, WXR_TAIL, type FixturePost } from "../lib/import/wordpress-fixture";

const TARGET_MS = 10 * 60_000;
const TARGET_RSS_MB = 300;

async function write(out: WriteStream, text: string): Promise<void> {
  if (!out.write(text)) await once(out, "drain");
}

const WORDS = ["desert", "well", "caravan", "market", "river", "council", "harvest", "road", "border", "archive", "song", "drought", "school", "port", "budget", "election"];
function paragraph(seed: number, sentences: number): string {
  const out: string[] = [];
  for (let s = 0; s < sentences; s++) {
    const words = Array.from({ length: 14 }, (_, w) => WORDS[(seed * 7 + s * 13 + w * 5) % WORDS.length]);
    out.push(`${words.join(" ")}.`.replace(/^./, (c) => c.toUpperCase()));
  }
  return out.join(" ");
}

/** One generated post of about 5 KB, cycling through the shapes a real archive has. */
function post(i: number): FixturePost {
  const id = 1000 + i;
  const paras = Array.from({ length: 9 }, (_, p) => paragraph(i + p, 4));
  const shape = i % 4;
  const body =
    shape === 0
      ? `${paras.slice(0, 2).join("\n\n")}\n\n<!--more-->\n\n${paras.slice(2).join("\n\n")}`
      : shape === 1
        ? `${paras.slice(0, 2).map((p) => `<!-- wp:paragraph -->\n<p>${p}</p>\n<!-- /wp:paragraph -->`).join("\n")}\n[s2If !current_user_can(access_s2member_level1)]Subscribe.[else]${paras.slice(2).map((p) => `<p>${p}</p>`).join("")}[/s2If]`
        : shape === 2
          ? `${paras[0]}\n\n[caption width="300"]<img src="https://bench.invalid/wp-content/uploads/x${i}.jpg" alt="Picture ${i}" /> Caption ${i}[/caption]\n\n${paras.slice(1).join("\n\n")}`
          : `${paras[0]}\n\n[s2If current_user_can(access_s2member_level2)]${paras.slice(1).join("\n\n")}[_s2If current_user_can(access_s2member_ccap_extra)]More.[/_s2If][/s2If]`;
  const day = String((i % 28) + 1).padStart(2, "0");
  const month = String((i % 12) + 1).padStart(2, "0");
  return {
    id,
    title: `Report ${i}: ${WORDS[i % WORDS.length]} and ${WORDS[(i * 3) % WORDS.length]}`,
    name: `report-${i}`,
    date: `20${10 + (i % 15)}-${month}-${day} 08:00:00`,
    content: body,
    excerpt: paras[0]!.slice(0, 160),
    categories: [`bench-cat-${i % 30}`],
    tags: [`bench-tag-${i % 200}`, `bench-tag-${(i * 7) % 200}`],
    comments: i % 10 === 0 ? 1 : 0,
  };
}

function headWithTerms(): string {
  const head = wxrHead();
  const cats = Array.from({ length: 30 }, (_, c) => {
    const parent = c < 3 ? "" : c < 10 ? `bench-cat-${c % 3}` : `bench-cat-${3 + (c % 7)}`;
    return `<wp:category><wp:term_id>${5000 + c}</wp:term_id><wp:category_nicename>bench-cat-${c}</wp:category_nicename><wp:category_parent>${parent}</wp:category_parent><wp:cat_name>Section ${c}</wp:cat_name></wp:category>`;
  }).join("\n");
  const tags = Array.from({ length: 200 }, (_, t) => `<wp:tag><wp:term_id>${6000 + t}</wp:term_id><wp:tag_slug>bench-tag-${t}</wp:tag_slug><wp:tag_name>Tag ${t}</wp:tag_name></wp:tag>`).join("\n");
  return `${head}\n${cats}\n${tags}`;
}

async function generateWxr(file: string, posts: number): Promise<void> {
  const out = createWriteStream(file);
  await write(out, headWithTerms());
  for (let i = 0; i < posts; i++) await write(out, wxrItem(post(i)));
  await write(out, WXR_TAIL);
  out.end();
  await once(out, "finish");
}

async function generateMembers(file: string, members: number): Promise<void> {
  const out = createWriteStream(file);
  const p = "meta_key__wp_s2member_";
  await write(out, `ID,user_login,user_email,user_registered,display_name,role,ccaps,${p}auto_eot_time,${p}subscr_gateway,${p}subscr_id,${p}subscr_cid,${p}access_cap_times\n`);
  for (let i = 0; i < members; i++) {
    const level = i % 5;
    const role = level === 0 ? "subscriber" : `s2member_level${level}`;
    const eot = i % 3 === 0 ? String(Math.floor(Date.UTC(2030, i % 12, 1) / 1000)) : "";
    const gateway = level > 0 ? (i % 2 ? "stripe" : "paypal") : "";
    const caps = level > 0 ? `"{""1600000000.000${i % 9}"":""level${level}""}"` : "";
    await write(out, `${i + 1},member${i},member${i}@bench.invalid,2020-01-01 00:00:00,Member ${i},${role},${i % 7 === 0 ? "extra" : ""},${eot},${gateway},${gateway === "stripe" ? `sub_B${i}` : gateway ? `I-B${i}` : ""},${gateway === "stripe" ? `cus_B${i}` : ""},${caps}\n`);
  }
  out.end();
  await once(out, "finish");
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { posts: { type: "string", default: "20000" }, members: { type: "string", default: "100000" } } });
  const posts = Number(values.posts);
  const members = Number(values.members);
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error("DATABASE_URL must name a PostgreSQL server (a fresh database is created on it)");
  const dir = mkdtempSync(path.join(tmpdir(), "lede-bench-import-"));
  const wxr = path.join(dir, "export.xml");
  const csv = path.join(dir, "users.csv");
  let t = Date.now();
  await generateWxr(wxr, posts);
  await generateMembers(csv, members);
  console.log(`[bench] generated ${(statSync(wxr).size / 1e6).toFixed(1)} MB WXR (${posts} posts) and ${(statSync(csv).size / 1e6).toFixed(1)} MB CSV (${members} members) in ${((Date.now() - t) / 1000).toFixed(1)} s`);

  const name = `lede_bench_import_${process.pid}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const opened = await connect({ url: url.toString() });
  try {
    await migrateDatabase(opened);
    t = Date.now();
    let last = 0;
    const { report } = await importWordPress(opened.db, {
      openWxr: () => createReadStream(wxr, { highWaterMark: 256 * 1024 }),
      openMembers: () => createReadStream(csv, { highWaterMark: 256 * 1024 }),
      s2MemberOptions: readS2MemberOptions(JSON.stringify(FIXTURE_OPTIONS)),
      // An empty copy of wp-content/uploads: every image is reported missing, none is fetched.
      uploadsDir: mkdtempSync(path.join(dir, "uploads-")),
      dryRun: false,
      now: new Date(),
      onProgress: (phase, done) => {
        if (Date.now() - last > 15_000) {
          last = Date.now();
          console.log(`[bench] ${phase} ${done} after ${((Date.now() - t) / 1000).toFixed(0)} s, rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
        }
      },
    });
    const ms = Date.now() - t;
    const peakMb = process.resourceUsage().maxRSS / 1024;
    console.log(formatReport({ ...report, notices: Object.fromEntries(Object.entries(report.notices).map(([k, v]) => [k, v.slice(0, 3)])) }));
    console.log(`[bench] import: ${(ms / 1000).toFixed(1)} s (target < ${TARGET_MS / 60_000} min) ${ms < TARGET_MS ? "OK" : "OVER"}`);
    console.log(`[bench] peak RSS: ${peakMb.toFixed(0)} MB (target < ${TARGET_RSS_MB} MB) ${peakMb < TARGET_RSS_MB ? "OK" : "OVER"}`);
  } finally {
    await opened.close();
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error("[bench] failed:", e);
  process.exit(1);
});
