import { defineConfig, devices } from "@playwright/test";
import { serverArgs } from "./scripts/server-command";

const port = Number(process.env.E2E_PORT ?? 3100);
// Auth.js issues links and cookies for localhost even when asked on 127.0.0.1.
const baseURL = `http://localhost:${port}`;

// Specs that publish pieces of their own (they would come first in listings other specs read).
const NEWSROOM_SPECS = /(admin-journeys|editor-journeys|sections-admin|newsroom-admin|site-settings|security-holes|content-security-policy-hostile|wordpress-import|webhooks-admin|feeds|newsletters)\.spec\.ts/;
// Specs that turn on site-wide doors (the free-article meter): they run last, alone.
const DOORS_SPECS = /leak-crawler-doors\.spec\.ts/;
// Specs that read the site in French: they run after the doors, once the site's language is French.
const FRENCH_ONLY_SPECS = /french-journey\.spec\.ts/;
const FRENCH_SPECS = /(french-journey|accessibility)\.spec\.ts/;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined }, testIgnore: [NEWSROOM_SPECS, DOORS_SPECS, FRENCH_ONLY_SPECS] },
    // Newsroom journeys change what readers see (a seeded category is gated for a while), so
    // they run once every other spec, which reads the seeded newsroom as it is, has finished.
    { name: "newsroom", use: { ...devices["Desktop Chrome"], channel: undefined }, testMatch: NEWSROOM_SPECS, dependencies: ["chromium"] },
    // The meter is site-wide: while it is on, an anonymous reader of any other spec would read gated articles.
    { name: "doors", use: { ...devices["Desktop Chrome"], channel: undefined }, testMatch: DOORS_SPECS, dependencies: ["newsroom"] },
    // The site's language is site-wide too: the newsroom switches it to French after everything
    // else has run, the French journeys and the accessibility sweep run, and it is switched back.
    { name: "french-setup", testMatch: /french\.setup\.ts/, dependencies: ["doors"], teardown: "french-teardown" },
    { name: "french-teardown", testMatch: /french\.teardown\.ts/ },
    { name: "french", use: { ...devices["Desktop Chrome"], channel: undefined }, testMatch: FRENCH_SPECS, dependencies: ["french-setup"] },
  ],
  webServer: {
    // scripts/e2e.ts has prepared the database and the build; the server is started once for all tests.
    // The production server (CSP nonces, compression). Node closes idle keep-alive sockets after 5 s;
    // a test context idle that long could send its next request on a closing socket (ECONNRESET).
    command: ["node", ...serverArgs(port, ["--keep-alive-timeout", "70000"])].join(" "),
    url: `${baseURL}/latest`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
