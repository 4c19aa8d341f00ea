import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { BASE_URL, newContext, signedInContext } from "./support/accounts";
import { memberId, signOutAndClose, signUpMember } from "./support/fresh-members";
import { gatedPieces, leakedSentences, type DemoPiece } from "./support/gated-text";

/*
 * The e-mail surface of the paywall promise: every gated demo piece is sent to a newsletter
 * that a level-0 and a level-2 member receive; each copy in the development outbox (its text
 * part and its HTML part) carries no gated sentence the member may not read, and the full
 * text when they may (so the check cannot pass by sending nothing).
 */
const SAME_ORIGIN = { origin: BASE_URL };

const mayRead = (piece: DemoPiece, level: number) => piece.access.kind === "public" || (piece.access.level <= level && !(piece.access.ccaps ?? []).length);

async function articleId(editor: APIRequestContext, piece: DemoPiece): Promise<number> {
  const found = (await (await editor.get(`/api/admin/articles/search?q=${encodeURIComponent(piece.title)}`)).json()) as { results: { id: number; slug: string }[] };
  const id = found.results.find((r) => r.slug === piece.slug)?.id;
  expect(id, piece.slug).toBeTruthy();
  return id!;
}

async function copies(page: Page, email: string, expected: number): Promise<Map<string, string>> {
  const bySubject = new Map<string, string>();
  await expect(async () => {
    await page.goto(`/dev/outbox?to=${encodeURIComponent(email)}`);
    const items = page.locator(`li[data-to="${email}"]`);
    expect(await items.count()).toBe(expected);
    for (const item of await items.all()) {
      const subject = ((await item.locator("h2").textContent()) ?? "").replace(/^To \S+: /, "");
      bySubject.set(subject, `${await item.locator("pre").textContent()} ${await item.locator("iframe").getAttribute("srcdoc")}`);
    }
  }).toPass({ timeout: 90_000, intervals: [2000] });
  return bySubject;
}

test("leak crawler, e-mail: a newsletter copy carries no gated sentence its recipient may not read", async ({ browser }) => {
  test.setTimeout(300_000);
  const editor = await signedInContext(browser, "editor@meridian.example");
  const created = await editor.request.post("/api/admin/newsletters", { data: { name: `Leak crawl ${Date.now().toString(36)}`, cadence: "per-article" }, headers: SAME_ORIGIN });
  expect(created.status()).toBe(200);
  const newsletterId = String((await created.json()).redirect).split("/").pop()!;

  const readers = [{ level: 0, member: await signUpMember(browser, "leak-nl0") }, { level: 2, member: await signUpMember(browser, "leak-nl2") }];
  for (const { level, member } of readers) {
    expect((await member.context.request.post("/api/account/newsletters", { data: { [`newsletter-${newsletterId}`]: "on" }, headers: SAME_ORIGIN })).status()).toBe(200);
    if (level > 0) {
      const id = await memberId(editor, member.email);
      expect((await editor.request.post(`/api/admin/members/${id}/entitlements`, { data: { action: "set-level", level, reason: "leak crawler" }, headers: SAME_ORIGIN })).status()).toBe(200);
    }
  }
  for (const piece of gatedPieces) {
    const sent = await editor.request.post(`/api/admin/newsletters/${newsletterId}/send`, { data: { kind: "article", articleId: String(await articleId(editor.request, piece)) }, headers: SAME_ORIGIN });
    expect(sent.status(), await sent.text()).toBe(200);
  }

  const page = await (await newContext(browser)).newPage();
  const failures: string[] = [];
  for (const { level, member } of readers) {
    const received = await copies(page, member.email, gatedPieces.length);
    for (const piece of gatedPieces) {
      const copy = received.get(piece.title);
      if (!copy) failures.push(`level ${level}: no copy of ${piece.slug}`);
      else if (mayRead(piece, level)) {
        if (leakedSentences(piece, copy).length === 0) failures.push(`level ${level}: the copy of ${piece.slug} lacks the full text it may read`);
      } else if (leakedSentences(piece, copy).length > 0) failures.push(`level ${level}: gated text of ${piece.slug} in the e-mail: ${leakedSentences(piece, copy)[0]}`);
    }
    await signOutAndClose(member.context);
  }
  expect(failures).toEqual([]);
  await signOutAndClose(editor);
});
