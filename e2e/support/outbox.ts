import { expect, type Page } from "@playwright/test";

/** The newest message to `email` whose subject contains `subject`, read from the development outbox. */
export async function latestMail(page: Page, email: string, subject: string): Promise<{ subject: string; text: string }> {
  let found = { subject: "", text: "" };
  await expect(async () => {
    await page.goto("/dev/outbox");
    const item = page.locator(`li[data-to="${email.toLowerCase()}"]`).filter({ has: page.locator("h2", { hasText: subject }) }).first();
    found = { subject: (await item.locator("h2").textContent()) ?? "", text: (await item.locator("pre").textContent()) ?? "" };
    expect(found.text).not.toBe("");
  }).toPass({ timeout: 10_000 });
  return found;
}

/** The first address on this site in a message (a reset or confirmation link). */
export function linkIn(text: string, path: string): string {
  const url = new RegExp(`https?://\\S+${path.replace(/[/?]/g, "\\$&")}\\S*`).exec(text)?.[0];
  expect(url, `a ${path} link in:\n${text}`).toBeTruthy();
  return new URL(url!).pathname + new URL(url!).search;
}
