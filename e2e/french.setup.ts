import { test as setup } from "@playwright/test";
import { setSiteLanguage } from "./support/site-language";

// The French project runs once every other project has finished: the site's language is site-wide.
setup("the newsroom switches the site to French", async ({ browser }) => {
  await setSiteLanguage(browser, "fr");
});
