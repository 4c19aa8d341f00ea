import { expect, type BrowserContext } from "@playwright/test";
import { BASE_URL } from "./accounts";

/** Pieces the specs make through the editor's own API (published unless told otherwise). */
const SAME_ORIGIN = { origin: BASE_URL };

export async function createArticle(editor: BrowserContext, bodyMarkdown: string, extra: Record<string, unknown> = {}) {
  const title = `Security test ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const res = await editor.request.post("/api/admin/articles", { headers: SAME_ORIGIN, data: { title, standfirst: "Made by the security spec.", bodyMarkdown, intent: "publish", ...extra } });
  expect(res.status(), await res.text()).toBe(201);
  const { id } = (await res.json()) as { id: number };
  const search = (await (await editor.request.get(`/api/admin/articles/search?q=${encodeURIComponent(title)}`)).json()) as { results: { id: number; slug: string }[] };
  return { id, title, slug: search.results.find((r) => r.id === id)!.slug, bodyMarkdown };
}

export async function saveArticle(editor: BrowserContext, article: { id: number; title: string; bodyMarkdown: string }, version: number, extra: Record<string, unknown>) {
  const res = await editor.request.post(`/api/admin/articles/${article.id}`, {
    headers: SAME_ORIGIN,
    data: { title: article.title, standfirst: "Made by the security spec.", bodyMarkdown: article.bodyMarkdown, version, reason: "security spec", ...extra },
  });
  expect(res.status(), await res.text()).toBe(200);
  return ((await res.json()) as { version: number }).version;
}

export async function versionOf(editor: BrowserContext, id: number): Promise<number> {
  const page = await editor.newPage();
  await page.goto(`/admin/articles/${id}`);
  const version = Number(await page.locator('input[name="version"]').inputValue());
  await page.close();
  return version;
}

