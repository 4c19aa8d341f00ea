import { expect, test, type BrowserContext } from "@playwright/test";
import { demoArticles } from "../scripts/seed/seed";
import { BASE_URL, newContext, signedInContext, uniqueEmail } from "./support/accounts";
import { gatedPieces } from "./support/gated-text";

/*
 * Newsroom journeys. They change what readers see, so playwright.config.ts runs this file
 * after every other spec (project "newsroom"); each test makes its own article or member,
 * and the one that gates the seeded "Libya" category restores it.
 */
const OPEN = "This opening paragraph is free for every visitor to read today.";
const CLOSED = "This closing paragraph is reserved for paying subscribers only, nobody else.";

async function createArticle(editor: BrowserContext, extra: Record<string, unknown> = {}) {
  const title = `Newsroom test ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const res = await editor.request.post("/api/admin/articles", {
    headers: { origin: BASE_URL },
    data: { title, standfirst: "A piece made by the e2e suite.", bodyMarkdown: `${OPEN}\n\n<!-- paywall -->\n\n${CLOSED}`, intent: "publish", ...extra },
  });
  expect(res.status()).toBe(201);
  const { id } = (await res.json()) as { id: number };
  const search = (await (await editor.request.get(`/api/admin/articles/search?q=${encodeURIComponent(title)}`)).json()) as { results: { id: number; slug: string }[] };
  return { id, title, slug: search.results.find((r) => r.id === id)!.slug };
}

test("an editor writes a piece with a paywall break in the live preview, publishes it, then gates it at level 2", async ({ browser }) => {
  const editor = await signedInContext(browser, "editor@meridian.example");
  const page = await editor.newPage();
  await page.goto("/admin/articles/new");
  const title = `Public then premium ${Date.now().toString(36)}`;
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Body (Markdown)").fill(`${OPEN}\n\n${CLOSED}`);
  await page.getByLabel("Body (Markdown)").evaluate((el: HTMLTextAreaElement, at: number) => el.setSelectionRange(at, at), OPEN.length);
  await page.getByRole("button", { name: "Insert paywall break" }).click();
  await expect(page.getByTestId("live-preview").locator("hr.paywall-line")).toBeVisible();
  await expect(page.getByTestId("live-preview")).toContainText(CLOSED);
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+$/);

  const anonymous = await newContext(browser);
  const reader = await anonymous.newPage();
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  await reader.goto(`/articles/${slug}`);
  await expect(reader.locator(".gated-content")).toContainText(CLOSED);

  await page.getByLabel("Who may read").selectOption("2");
  await page.getByLabel("Reason for an access change (audit log)").fill("premium series");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.locator("main").getByRole("status")).toContainText("Saved");

  await reader.goto(`/articles/${slug}`);
  await expect(reader.locator("[data-paywall]")).toContainText("Read on with Premium");
  await expect(reader.locator(".teaser-content")).toContainText(OPEN);
  expect(await reader.content()).not.toContain(CLOSED);
  await page.goto("/admin/audit?action=article.");
  await expect(page.locator("table")).toContainText("premium series");
  await anonymous.close();
  await editor.close();
});

test("an editor gates the category Libya at level 1: every Libya piece is gated for anonymous and level 0, then restored", async ({ browser }) => {
  test.setTimeout(120_000);
  const editor = await signedInContext(browser, "editor@meridian.example");
  const page = await editor.newPage();
  const setLibya = async (level: string, reason: string) => {
    await page.goto("/admin/access");
    const libya = page.getByRole("region", { name: "Libya", exact: true });
    await libya.getByLabel("Who may read").selectOption(level);
    await libya.getByLabel("Reason").fill(reason);
    await libya.getByRole("button", { name: "Save" }).click();
    await expect(libya.getByRole("status")).toContainText("Libya:");
  };
  const libyaPieces = demoArticles.filter((a) => a.categories.includes("libya"));
  const anonymous = await newContext(browser);
  const free = await signedInContext(browser, "level0@meridian.example");
  try {
    await setLibya("1", "e2e: the Libya desk goes premium");
    for (const context of [anonymous, free]) {
      const p = await context.newPage();
      for (const piece of libyaPieces) {
        await p.goto(`/articles/${piece.slug}`);
        await expect(p.locator("[data-paywall]"), piece.slug).toBeVisible();
        await expect(p.locator(".gated-content"), piece.slug).toHaveCount(0);
      }
    }
  } finally {
    // Leave the seeded category public whatever happened above.
    await setLibya("public", "e2e: restore");
  }
  const p = await anonymous.newPage();
  await p.goto(`/articles/${libyaPieces.find((a) => a.access.kind === "public")!.slug}`);
  await expect(p.locator(".gated-content")).toBeVisible();
  await anonymous.close();
  await free.close();
  await editor.close();
});

test("an editor grants a member complimentary level 2 until tomorrow, and the member reads", async ({ browser }) => {
  const email = uniqueEmail("comp");
  const member = await newContext(browser);
  expect((await member.request.post("/api/session/signup", { data: { name: "Comp Reader", email, password: "complimentary-pass" }, headers: { origin: BASE_URL } })).status()).toBe(201);
  const piece = gatedPieces.find((p) => p.access.kind === "level" && p.access.level === 2 && !p.access.ccaps)!;
  const reader = await member.newPage();
  await reader.goto(`/articles/${piece.slug}`);
  await expect(reader.locator("[data-paywall]")).toBeVisible();

  const editor = await signedInContext(browser, "editor@meridian.example");
  const page = await editor.newPage();
  await page.goto(`/admin/members?q=${encodeURIComponent(email)}`);
  await page.getByRole("link", { name: email }).click();
  const comp = page.getByRole("form", { name: "Complimentary access" });
  await comp.getByLabel("Level").selectOption("2");
  await comp.getByLabel("Until (end of day, UTC)").fill(new Date(Date.now() + 86_400_000).toISOString().slice(0, 10));
  await comp.getByLabel("Reason").fill("press pass");
  await comp.getByRole("button", { name: "Grant complimentary access" }).click();
  await expect(comp.getByRole("status")).toContainText("Complimentary level 2");
  await expect(page.getByTestId("member-comp")).toContainText("Level 2 until");
  await expect(page.getByRole("table", { name: "Entitlement history" })).toContainText("0 → 2");

  await reader.goto(`/articles/${piece.slug}`);
  await expect(reader.locator(".gated-content")).toBeVisible();
  await expect(reader.locator("[data-paywall]")).toHaveCount(0);
  await member.close();
  await editor.close();
});

test("an author cannot reach the members page (403) nor publish", async ({ browser }) => {
  const author = await signedInContext(browser, "author@meridian.example");
  const page = await author.newPage();
  const res = await page.goto("/admin/members");
  expect(res?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();

  await page.goto("/admin/articles/new");
  await expect(page.getByRole("button", { name: "Publish now" })).toHaveCount(0);
  await expect(page.getByRole("combobox", { name: "Who may read" })).toHaveCount(0);
  const publish = await author.request.post("/api/admin/articles", { headers: { origin: BASE_URL }, data: { title: "Sneaky", bodyMarkdown: "x", intent: "publish" } });
  expect(publish.status()).toBe(403);
  expect((await publish.json()).error).toContain("Only editors can publish");

  // Their own draft is theirs to write and submit.
  await page.getByLabel("Title", { exact: true }).fill(`Author draft ${Date.now().toString(36)}`);
  await page.getByLabel("Body (Markdown)").fill("A first paragraph.\n\nA second one.");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+$/);
  await expect(page.getByTestId("article-state")).toContainText("submitted");
  await author.close();
});

test("a stale save from a second tab is refused with a clear message", async ({ browser }) => {
  const editor = await signedInContext(browser, "editor@meridian.example");
  const { id } = await createArticle(editor);
  const first = await editor.newPage();
  const second = await editor.newPage();
  await first.goto(`/admin/articles/${id}`);
  await second.goto(`/admin/articles/${id}`);
  const save = async (text: string) => {
    await first.getByLabel("Standfirst").fill(text);
    const [res] = await Promise.all([first.waitForResponse((r) => r.url().endsWith(`/api/admin/articles/${id}`)), first.getByRole("button", { name: "Save", exact: true }).click()]);
    expect(res.status()).toBe(200);
    await expect(first.locator("main").getByRole("status")).toContainText("Saved");
  };
  await save("Changed in the first tab.");
  // The first tab keeps working: its version followed the save.
  await save("Changed again in the first tab.");

  await second.getByLabel("Standfirst").fill("Changed in the second tab.");
  await second.getByRole("button", { name: "Save", exact: true }).click();
  await expect(second.locator("main").getByRole("alert")).toContainText("changed by someone else");
  await second.reload();
  await expect(second.getByLabel("Standfirst")).toHaveValue("Changed again in the first tab.");
  await editor.close();
});

test("preview as level 0 shows the paywall; level 2 reads the full text", async ({ browser }) => {
  const editor = await signedInContext(browser, "editor@meridian.example");
  const { id } = await createArticle(editor, { requirement: { level: "2", ccaps: [] } });
  const page = await editor.newPage();
  await page.goto(`/admin/articles/${id}`);
  await page.getByRole("link", { name: "Preview as…" }).click();
  await page.getByRole("list", { name: "Preview as" }).getByRole("link", { name: "Level 0" }).click();
  const preview = page.getByTestId("preview");
  await expect(preview.locator("[data-paywall]")).toContainText("Read on with Premium");
  await expect(preview).not.toContainText(CLOSED);
  await page.getByRole("list", { name: "Preview as" }).getByRole("link", { name: "Level 2" }).click();
  await expect(preview.locator(".gated-content")).toContainText(CLOSED);
  await page.getByRole("list", { name: "Preview as" }).getByRole("link", { name: "Anonymous" }).click();
  await expect(preview.locator("[data-paywall]")).toContainText("Read on with Premium — 7 days free, then €16/month");
  await editor.close();
});
