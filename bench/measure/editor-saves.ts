import { SESSION_COOKIE_PLAIN } from "@/lib/auth/session-cookie-names";
import { EDITOR } from "../data/fixtures";

export interface SaveFigures {
  saves: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  failed: number;
}

/** The target of the serving-layer issue: an editor's save, purge fan-out included. */
export const SAVE_TARGET_P95_MS = 150;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/**
 * Times an editor's saves of one published piece filed in sections, tags and under an
 * author of the dataset, as the editor's form sends them: each save answers only once the
 * pages that show the piece are purged (page store and page memory), so the figure is the
 * save with its purge.
 */
export async function measureEditorSaves(origin: string, count = 40): Promise<SaveFigures> {
  const headers = { "content-type": "application/json", origin, cookie: `${SESSION_COOKIE_PLAIN}=${EDITOR.token}` };
  const form = (title: string, version?: number) =>
    JSON.stringify({
      title,
      standfirst: "A piece the benchmark saves again and again.",
      bodyMarkdown: "An opening paragraph.\n\n<!-- paywall -->\n\nA closing paragraph for subscribers.",
      categoryIds: [1, 2],
      tagIds: [1, 2],
      authorIds: [1],
      intent: "publish",
      ...(version === undefined ? {} : { version }),
    });
  const created = await fetch(`${origin}/api/admin/articles`, { method: "POST", headers, body: form("Benchmark save 0") });
  if (created.status !== 201) throw new Error(`the benchmark editor could not create a piece: ${created.status} ${await created.text()}`);
  const { id } = (await created.json()) as { id: number };
  const page = await (await fetch(`${origin}/admin/articles/${id}`, { headers: { cookie: headers.cookie } })).text();
  let version = Number(/name="version" value="(\d+)"/.exec(page)?.[1]);
  if (!Number.isInteger(version)) throw new Error("the benchmark could not read the piece's version from its editor page");
  const times: number[] = [];
  let failed = 0;
  for (let i = 1; i <= count; i++) {
    const started = performance.now();
    const res = await fetch(`${origin}/api/admin/articles/${id}`, { method: "POST", headers, body: form(`Benchmark save ${i}`, version) });
    const answer = (await res.json().catch(() => ({}))) as { version?: number };
    times.push(performance.now() - started);
    if (res.status !== 200 || typeof answer.version !== "number") failed++;
    else version = answer.version;
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { saves: count, p50Ms: percentile(sorted, 50), p95Ms: percentile(sorted, 95), maxMs: sorted[sorted.length - 1] ?? 0, failed };
}
