import { test as teardown } from "@playwright/test";
import { setSiteLanguage } from "./support/site-language";

teardown("the site goes back to the server's default language", async ({ browser }) => {
  await setSiteLanguage(browser, "");
});
