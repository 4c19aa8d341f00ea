import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { BASE_URL, newContext, randomIp, signedInContext } from "./support/accounts";

/*
 * The article editor: autosave, the leave guard, revisions with restore, images placed in
 * the body with alt text, search and social overrides in the page's meta. Each test makes
 * its own piece (this file runs in the "newsroom" project: one test publishes).
 */
const OPEN = "The harbour authority opened its books to the public on Monday morning.";
const CLOSED = "Internal memos show the contract was signed before the tender had even closed.";
// A 1×1 transparent PNG.
const PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

const unique = (prefix: string) => `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function createDraft(editor: BrowserContext, extra: Record<string, unknown> = {}) {
  const title = unique("Editor test");
  const res = await editor.request.post("/api/admin/articles", { headers: { origin: BASE_URL }, data: { title, bodyMarkdown: `${OPEN}\n\n<!-- paywall -->\n\n${CLOSED}`, intent: "save", ...extra } });
  expect(res.status()).toBe(201);
  return { id: ((await res.json()) as { id: number }).id, title };
}

const status = (page: Page) => page.getByTestId("autosave-status");

// One sign-in per worker, shared by the tests' contexts: sign-ins per account are rate-limited.
let editorState: Awaited<ReturnType<BrowserContext["storageState"]>>;
test.beforeAll(async ({ browser }) => {
  const context = await signedInContext(browser, "editor@meridian.example");
  editorState = await context.storageState();
  await context.close();
});

function editorContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { "x-forwarded-for": randomIp() }, storageState: editorState });
}

test("the first save says Saved; edits are autosaved and a reload keeps them; unsaved edits guard leaving", async ({ browser }) => {
  const editor = await editorContext(browser);
  const page = await editor.newPage();
  await page.goto("/admin/articles/new");
  await page.getByLabel("Title", { exact: true }).fill(unique("Autosaved draft"));
  await page.getByLabel("Body (Markdown)").fill(OPEN);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+$/);
  await expect(status(page)).toContainText(/^Saved \d/);

  const body = page.getByLabel("Body (Markdown)");
  await body.fill(`${OPEN}\n\nA second paragraph typed later.`);
  await expect(status(page)).toContainText(/Unsaved changes|Saving…/);
  const autosaved = page.waitForResponse((r) => r.url().endsWith("/autosave") && r.status() === 200);
  await autosaved;
  await expect(status(page)).toContainText(/^Saved \d/);
  await page.reload();
  await expect(body).toHaveValue(`${OPEN}\n\nA second paragraph typed later.`);

  // A keystroke not yet saved: leaving asks first.
  await body.click();
  await page.keyboard.type(" More");
  let asked = "";
  const closed = page.waitForEvent("close");
  page.once("dialog", async (dialog) => {
    asked = dialog.type();
    await dialog.accept();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked).toBe("beforeunload");
  await closed;
  await editor.close();
});

test("a stale autosave from a second tab is refused and says why", async ({ browser }) => {
  const editor = await editorContext(browser);
  const { id } = await createDraft(editor);
  const first = await editor.newPage();
  const second = await editor.newPage();
  await first.goto(`/admin/articles/${id}`);
  await second.goto(`/admin/articles/${id}`);
  await first.getByLabel("Standfirst").fill("From the first tab.");
  await expect(status(first)).toContainText(/^Saved \d/);
  await second.getByLabel("Standfirst").fill("From the second tab.");
  await expect(status(second)).toContainText("Not saved: This article was changed by someone else");
  await editor.close();
});

test("revisions show a diff, and restoring one brings its text back as a new version", async ({ browser }) => {
  const editor = await editorContext(browser);
  const { id, title } = await createDraft(editor);
  const page = await editor.newPage();
  await page.goto(`/admin/articles/${id}`);
  await page.getByLabel("Title", { exact: true }).fill(`${title} rewritten`);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.locator("main").getByRole("status")).toContainText("Saved");

  await page.getByRole("link", { name: "Revisions" }).click();
  const rows = page.getByTestId("revisions").locator("tbody tr");
  await expect(rows).toHaveCount(2);
  await rows.nth(1).getByRole("link", { name: /Compare/ }).click();
  const diff = page.getByTestId("revision-diff");
  await expect(diff.locator("ins")).toContainText("rewritten");

  await rows.nth(1).getByRole("button", { name: /^Restore #/ }).click();
  await expect(page.locator("main").getByRole("status")).toContainText("Restored");
  await expect(rows).toHaveCount(3);
  await expect(rows.first()).toContainText("Restored from #");
  await page.getByRole("link", { name: "Back to the editor" }).click();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(title);
  await page.goto("/admin/audit?action=article.");
  await expect(page.locator("table")).toContainText("article.restore");
  await editor.close();
});

test("an image dropped or pasted into the body needs alt text, then shows in the preview", async ({ browser }) => {
  const editor = await editorContext(browser);
  const { id } = await createDraft(editor);
  const page = await editor.newPage();
  await page.goto(`/admin/articles/${id}`);
  const body = page.getByLabel("Body (Markdown)");
  await expect(body).toBeEnabled();
  await body.evaluate((el: HTMLTextAreaElement, png: string) => {
    const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
    const data = new DataTransfer();
    data.items.add(new File([bytes], "harbour.png", { type: "image/png" }));
    el.setSelectionRange(0, 0);
    el.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
  }, PNG);
  const dialog = page.getByRole("group", { name: "Image to insert" });
  await dialog.getByRole("button", { name: "Insert image" }).click();
  await expect(dialog.getByRole("alert")).toContainText("Describe the image first");
  await expect(body).not.toHaveValue(/!\[/);
  await dialog.getByLabel("Image description (alt text, required)").fill("The harbour at dawn");
  await dialog.getByRole("button", { name: "Insert image" }).click();
  await expect(body).toHaveValue(/^!\[The harbour at dawn\]\(\/media\/[\w-]+\)\n\n/);
  const preview = page.getByTestId("live-preview");
  await expect(preview.getByRole("img", { name: "The harbour at dawn" })).toHaveAttribute("src", /^\/media\//);

  // Pasting works the same way.
  await body.evaluate((el: HTMLTextAreaElement, png: string) => {
    const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
    const data = new DataTransfer();
    data.items.add(new File([bytes], "pasted.png", { type: "image/png" }));
    el.setSelectionRange(el.value.length, el.value.length);
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, PNG);
  await dialog.getByLabel("Image description (alt text, required)").fill("A pasted chart");
  await dialog.getByLabel("Image description (alt text, required)").press("Enter");
  await expect(preview.getByRole("img", { name: "A pasted chart" })).toBeVisible();
  await expect(status(page)).toContainText(/^Saved \d/);
  const served = await page.request.get((await preview.getByRole("img", { name: "A pasted chart" }).getAttribute("src"))!);
  expect(served.headers()["content-type"]).toBe("image/png");
  await editor.close();
});

test("'Preview as' saves unsaved edits of a draft first", async ({ browser }) => {
  const editor = await editorContext(browser);
  const { id } = await createDraft(editor);
  const page = await editor.newPage();
  await page.goto(`/admin/articles/${id}`);
  await page.getByLabel("Standfirst").fill("Saved by the preview button.");
  await page.getByRole("link", { name: "Preview as…" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/articles/${id}/preview`));
  await page.goto(`/admin/articles/${id}`);
  await expect(page.getByLabel("Standfirst")).toHaveValue("Saved by the preview button.");
  await editor.close();
});

test("a published piece is never autosaved; 'Preview as' warns before leaving its unsaved edits", async ({ browser }) => {
  const editor = await editorContext(browser);
  const { id } = await createDraft(editor, { intent: "publish" });
  const page = await editor.newPage();
  let autosaves = 0;
  page.on("request", (r) => {
    if (r.url().endsWith("/autosave")) autosaves++;
  });
  await page.goto(`/admin/articles/${id}`);
  await page.getByLabel("Standfirst").fill("Not for readers yet.");
  await expect(status(page)).toContainText("Unsaved changes: press Save");
  let warning = "";
  page.once("dialog", async (dialog) => {
    warning = dialog.message();
    await dialog.dismiss();
  });
  await page.getByRole("link", { name: "Preview as…" }).click();
  await expect.poll(() => warning).toContain("unsaved changes");
  await expect(page).toHaveURL(new RegExp(`/admin/articles/${id}$`));
  await page.waitForTimeout(3000);
  expect(autosaves).toBe(0);
  await editor.close();
});

test("search and social overrides reach the page's meta; one quoting the gated part is refused", async ({ browser }) => {
  const editor = await editorContext(browser);
  const page = await editor.newPage();
  const { id } = await createDraft(editor, { requirement: { level: "1", ccaps: [] } });
  await page.goto(`/admin/articles/${id}`);
  await page.getByLabel("Search description").fill("Leaked: internal memos show the contract was signed before the tender.");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText("correct the highlighted fields");
  await expect(page.getByText("This quotes the subscribers-only part")).toBeVisible();

  await page.getByLabel("Search title").fill("Harbour contract: the questions");
  await page.getByLabel("Search description").fill("What the harbour authority's books say, and what they leave out.");
  await page.getByLabel("Social title").fill("Who signed the harbour contract?");
  await page.getByLabel("Social description").fill("Our investigation into the harbour authority.");
  await page.getByLabel("New tags").fill("Harbour contract");
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(status(page)).toContainText(/^Saved \d/);
  await expect(page.getByRole("checkbox", { name: "Harbour contract" })).toBeChecked();
  const slug = await page.getByLabel("Slug").inputValue();

  const anonymous = await newContext(browser);
  const reader = await anonymous.newPage();
  await reader.goto(`/articles/${slug}`);
  await expect(reader).toHaveTitle(/Harbour contract: the questions/);
  await expect(reader.locator('meta[name="description"]')).toHaveAttribute("content", "What the harbour authority's books say, and what they leave out.");
  await expect(reader.locator('meta[property="og:title"]')).toHaveAttribute("content", "Who signed the harbour contract?");
  await expect(reader.locator('meta[property="og:description"]')).toHaveAttribute("content", "Our investigation into the harbour authority.");
  const blocks = await reader.locator('script[type="application/ld+json"]').allTextContents();
  const jsonLd = blocks.map((b) => JSON.parse(b) as { "@type": string; description: string; alternativeHeadline: string }).find((b) => b["@type"] === "NewsArticle")!;
  expect(jsonLd.description).toBe("What the harbour authority's books say, and what they leave out.");
  expect(jsonLd.alternativeHeadline).toBe("Harbour contract: the questions");
  expect(await reader.content()).not.toContain(CLOSED);
  await anonymous.close();
  await editor.close();
});
