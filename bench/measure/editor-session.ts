import { SESSION_COOKIE_PLAIN } from "@/lib/auth/session-cookie-names";
import { EDITOR } from "../data/fixtures";

/** The benchmark editor's requests to the admin API, as the editor's form sends them. */
export interface BenchEditor {
  /** Creates and publishes a piece filed in two sections, two tags and under an author; its id and version. */
  create(title: string, slug?: string): Promise<{ id: number; version: number }>;
  /** Saves the piece again with a new title; its new version and slug, or null when the save failed. */
  save(id: number, title: string, version: number, slug?: string): Promise<{ version: number; slug: string } | null>;
}

export function benchEditor(origin: string): BenchEditor {
  const headers = { "content-type": "application/json", origin, cookie: `${SESSION_COOKIE_PLAIN}=${EDITOR.token}` };
  // Without a slug the piece's address follows its title (as the editor's form does).
  const form = (title: string, version?: number, slug?: string) =>
    JSON.stringify({
      title,
      ...(slug === undefined ? {} : { slug }),
      standfirst: "A piece the benchmark saves again and again.",
      bodyMarkdown: "An opening paragraph.\n\n<!-- paywall -->\n\nA closing paragraph for subscribers.",
      categoryIds: [1, 2],
      tagIds: [1, 2],
      authorIds: [1],
      intent: "publish",
      ...(version === undefined ? {} : { version }),
    });
  return {
    async create(title, slug) {
      const created = await fetch(`${origin}/api/admin/articles`, { method: "POST", headers, body: form(title, undefined, slug) });
      if (created.status !== 201) throw new Error(`the benchmark editor could not create a piece: ${created.status} ${await created.text()}`);
      const { id } = (await created.json()) as { id: number };
      const page = await (await fetch(`${origin}/admin/articles/${id}`, { headers: { cookie: headers.cookie } })).text();
      const version = Number(/name="version" value="(\d+)"/.exec(page)?.[1]);
      if (!Number.isInteger(version)) throw new Error("the benchmark could not read the piece's version from its editor page");
      return { id, version };
    },
    async save(id, title, version, slug) {
      const res = await fetch(`${origin}/api/admin/articles/${id}`, { method: "POST", headers, body: form(title, version, slug) });
      const answer = (await res.json().catch(() => ({}))) as { version?: number; slug?: string };
      return res.status === 200 && typeof answer.version === "number" && typeof answer.slug === "string" ? { version: answer.version, slug: answer.slug } : null;
    },
  };
}

const percentileOf = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** p50, p95 and max of some durations (ms). */
export function durationFigures(times: number[]): { p50Ms: number; p95Ms: number; maxMs: number } {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50Ms: percentileOf(sorted, 50), p95Ms: percentileOf(sorted, 95), maxMs: sorted[sorted.length - 1] ?? 0 };
}
