import { expect, test } from "@playwright/test";
import { BASE_URL, latestEmailTo, newContext, signedInByEmailCode, uniqueEmail } from "./support/accounts";
import { gatedPieces, leakedSentences } from "./support/gated-text";

/*
 * Seats, from the outside: an editor sets up an organisation with one seat and a manager; the
 * manager invites a reader from their own page; the reader takes the seat from the e-mailed
 * link and reads a gated article in full; the manager removes them and they meet the paywall; the newsroom frees a seat too.
 */
const piece = gatedPieces.find((p) => p.access.kind === "level" && p.access.level === 2 && !p.access.ccaps?.length)!;

test("a manager fills the organisation's one seat by invitation, then frees it", async ({ browser }) => {
  test.setTimeout(120_000);
  const organisation = `Ministry of Culture ${Date.now().toString(36)}`;
  const managerEmail = uniqueEmail("manager");
  const readerEmail = uniqueEmail("seated");
  const manager = await newContext(browser);
  const reader = await newContext(browser);
  for (const [context, email] of [[manager, managerEmail], [reader, readerEmail]] as const) {
    const res = await context.request.post("/api/session/signup", { data: { name: "Seat Journey", email, password: "seat-journey-password" }, headers: { origin: BASE_URL } });
    expect(res.status(), await res.text()).toBe(201);
  }

  // The editor: one seat, one manager.
  const editor = await signedInByEmailCode(browser, "editor@meridian.example");
  const admin = await editor.newPage();
  await admin.goto("/admin/organisations");
  const form = admin.getByRole("form", { name: "Add an organisation" });
  await form.getByLabel("Name").fill(organisation);
  await form.getByLabel("Its readers may read").selectOption("2");
  await form.getByLabel(/^Seats/).fill("1");
  await form.getByLabel(/^Managers/).fill(managerEmail);
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form).toContainText(`Saved ${organisation}`);

  // The manager invites the reader from their own page.
  const managerPage = await manager.newPage();
  await managerPage.goto("/account");
  await managerPage.getByRole("link", { name: "Manage your organisation's seats" }).click();
  await expect(managerPage.getByRole("heading", { name: organisation })).toBeVisible();
  await managerPage.getByLabel("E-mail address to invite").fill(readerEmail);
  await managerPage.getByRole("button", { name: "Invite" }).click();
  await expect(managerPage.getByTestId("organisation-notice")).toHaveText("The invitation is sent.");
  await expect(managerPage.getByTestId("seats-taken")).toHaveText("1 of 1 seat(s) taken.");
  await expect(managerPage.getByLabel("E-mail address to invite")).toHaveCount(0);

  // Before taking the seat, the reader meets the paywall.
  const page = await reader.newPage();
  await page.goto(`/articles/${piece.slug}`);
  await expect(page.locator("[data-paywall]")).toBeVisible();
  expect(leakedSentences(piece, await page.content())).toEqual([]);

  const mail = await latestEmailTo(page, readerEmail);
  const link = mail.split(/\s+/).find((word) => word.includes("/account/organisation/accept?token="))!;
  expect(link).toBeTruthy();
  await page.goto(link);
  await page.getByRole("button", { name: "Take the seat" }).click();
  await expect(page.getByTestId("seat-accepted")).toBeVisible();

  const opened = await page.goto(`/articles/${piece.slug}`);
  expect(opened!.headers()["cache-control"]).toBe("private, no-store");
  await expect(page.locator(".gated-content")).toBeVisible();
  await expect(page.locator("[data-institution]")).toHaveText(`Access provided by ${organisation}.`);
  expect(leakedSentences(piece, await page.content()).length).toBeGreaterThan(0);
  await page.goto("/account");
  await expect(page.getByTestId("access-sources")).toContainText(`through ${organisation} (your seat)`);
  await expect(page.getByTestId("access-sources")).not.toContainText(/plan/i);

  // The manager frees the seat: the next request of its holder is back at the paywall.
  await managerPage.reload();
  managerPage.once("dialog", (dialog) => void dialog.accept());
  await managerPage.getByTestId("seat-holders").getByRole("button", { name: "Remove" }).click();
  await expect(managerPage.getByTestId("organisation-notice")).toContainText("The seat is free again");
  await expect(managerPage.getByTestId("seats-taken")).toHaveText("0 of 1 seat(s) taken.");
  await page.goto(`/articles/${piece.slug}`);
  await expect(page.locator("[data-paywall]")).toBeVisible();
  expect(leakedSentences(piece, await page.content())).toEqual([]);

  // The editor sees the read in the organisation's usage, and exports it.
  await admin.goto("/admin/organisations");
  await admin.locator("section", { has: admin.getByRole("heading", { name: organisation }) }).getByRole("link", { name: "Seats and usage" }).click();
  await expect(admin.getByTestId("organisation-usage-total")).toContainText(/\b[1-9]\d* read\(s\)/);
  await expect(admin.getByTestId("organisation-usage-articles")).toContainText(piece.title);
  const id = new URL(admin.url()).pathname.split("/").pop();
  const month = new Date().toISOString().slice(0, 7);
  const csv = await editor.request.get(`/api/admin/organisations/${id}/usage?month=${month}`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain(`,${piece.slug},`);
  expect((await editor.request.get(`/api/admin/organisations/${id}/usage?month=13-2026`)).status()).toBe(400);

  // The manager invites someone else; the editor frees that seat from the newsroom's side.
  const invitee = uniqueEmail("invitee");
  await managerPage.getByLabel("E-mail address to invite").fill(invitee);
  await managerPage.getByRole("button", { name: "Invite" }).click();
  await expect(managerPage.getByTestId("seats-taken")).toHaveText("1 of 1 seat(s) taken.");
  await admin.reload();
  await expect(admin.getByTestId("organisation-seats")).toContainText("1 of 1 seat(s) taken.");
  admin.once("dialog", (dialog) => void dialog.accept());
  const seatForm = admin.getByRole("form", { name: `Free the seat of ${invitee}` });
  await seatForm.getByRole("button", { name: "Free the seat" }).click();
  await expect(admin.getByTestId("organisation-seats")).toContainText("0 of 1 seat(s) taken.");
  await expect(seatForm).toHaveCount(0);
  await managerPage.reload();
  await expect(managerPage.getByTestId("seats-taken")).toHaveText("0 of 1 seat(s) taken.");
  for (const context of [manager, reader, editor]) await context.close();
});
