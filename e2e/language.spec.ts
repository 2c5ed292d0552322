/** The language switcher: a plain form, so it works with JavaScript off; Arabic is right-to-left. */
import type { Page } from "@playwright/test";
import { expect, test, visit, waitForHydration } from "./fixtures";
import { text } from "./locales";

async function chooseLanguage(page: Page, languageName: string) {
  const switcher = page.getByRole("banner");
  await switcher.getByRole("combobox", { name: "Language" }).selectOption({ label: languageName });
  const answer = page.waitForResponse((response) => new URL(response.url()).pathname === "/language");
  await switcher.getByRole("button", { name: "Change language" }).click();
  expect((await answer).status()).toBe(303);
}

async function expectArabicHome(page: Page) {
  const html = page.locator("html");
  await expect(html).toHaveAttribute("lang", "ar");
  await expect(html).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text("ar", "home.title"));
  await expect(page.getByRole("button", { name: text("ar", "quickExit.button") })).toBeVisible();
  await expect(page.getByRole("combobox", { name: text("ar", "language.label") })).toHaveValue("ar");
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("choosing العربية gives an Arabic, right-to-left page", async ({ page, guard }) => {
    await visit(page, guard, "/");
    await chooseLanguage(page, "العربية");
    await expect(page).toHaveURL("/");
    await expectArabicHome(page);
  });

  test("choosing Español translates the page and returns to it", async ({ page, guard }) => {
    await visit(page, guard, "/safety");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await chooseLanguage(page, "Español");
    await expect(page).toHaveURL("/safety");
    const html = page.locator("html");
    await expect(html).toHaveAttribute("lang", "es");
    await expect(html).toHaveAttribute("dir", "ltr");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text("es", "safety.title"));
  });
});

test.describe("with JavaScript", () => {
  test("choosing العربية gives an Arabic, right-to-left page that stays Arabic once hydrated", async ({ page, guard }) => {
    await visit(page, guard, "/");
    await waitForHydration(page);
    await chooseLanguage(page, "العربية");
    await expect(page).toHaveURL("/");
    await expectArabicHome(page);
    await waitForHydration(page);
    await expectArabicHome(page);
  });
});
