/** Error pages and refused requests: translated, honest status codes, no internals. */
import type { Page } from "@playwright/test";
import { expect, test, visit } from "./fixtures";
import { text } from "./locales";
import { appOrigin } from "./settings";

const internals = /\bat [\w.<>]+ \(|node_modules|\.tsx?\b|\bstack\b|Error:|webpack|vite/i;

async function expectNoInternals(page: Page) {
  const body = (await page.locator("body").textContent()) ?? "";
  expect(body).not.toMatch(internals);
}

test.describe("an unknown address", () => {
  test.use({ javaScriptEnabled: false });

  test("answers 404 with a translated page and no internals", async ({ page, guard }) => {
    const response = await visit(page, guard, "/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page.getByRole("button", { name: "Quick exit" })).toBeVisible();
    await expectNoInternals(page);

    const banner = page.getByRole("banner");
    await banner.getByRole("combobox", { name: "Language" }).selectOption({ label: "Español" });
    const again = page.waitForResponse((answer) => new URL(answer.url()).pathname === "/no-such-page");
    await banner.getByRole("button", { name: "Change language" }).click();
    expect((await again).status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text("es", "errors.notFoundTitle"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Página no encontrada");
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("button", { name: text("es", "quickExit.button") })).toBeVisible();
    await expectNoInternals(page);
  });
});

test.describe("writes", () => {
  test("a language form posted from another site is refused with 403 and sets no cookie", async ({ request }) => {
    const response = await request.post("/language", {
      headers: { Origin: "http://evil.example" },
      form: { language: "ar", returnTo: "/" },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(403);
    const setCookies = response.headersArray().filter((header) => header.name.toLowerCase() === "set-cookie");
    expect(setCookies.filter((header) => /^\s*lng=/i.test(header.value))).toEqual([]);
    expect(await response.text()).toContain(text("en", "errors.crossOriginTitle"));
  });

  test("a write with no Origin, or a cross-site Sec-Fetch-Site, is refused too", async ({ request }) => {
    const crossSite = await request.post("/language", {
      headers: { "Sec-Fetch-Site": "cross-site" },
      form: { language: "ar", returnTo: "/" },
      maxRedirects: 0,
    });
    expect(crossSite.status()).toBe(403);
    const anonymous = await request.post("/language", { form: { language: "ar", returnTo: "/" }, maxRedirects: 0 });
    expect(anonymous.status()).toBe(403);
  });

  test("a same-origin language form with an unknown language gets 400, not 500", async ({ request }) => {
    const response = await request.post("/language", {
      headers: { Origin: appOrigin },
      form: { language: "xx", returnTo: "/" },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(400);
    const setCookies = response.headersArray().filter((header) => header.name.toLowerCase() === "set-cookie");
    expect(setCookies.filter((header) => /^\s*lng=/i.test(header.value))).toEqual([]);
    expect(await response.text()).not.toMatch(internals);
  });

  test("the same malformed form sent by the browser shows the translated 400 page", async ({ page, guard }) => {
    await visit(page, guard, "/");
    const select = page.getByRole("banner").getByRole("combobox", { name: "Language" });
    // Make the form send a language the app does not offer.
    await select.evaluate((element) => {
      const option = (element as HTMLSelectElement).options[0];
      if (option) option.value = "xx";
      (element as HTMLSelectElement).selectedIndex = 0;
    });
    const answer = page.waitForResponse((response) => new URL(response.url()).pathname === "/language");
    await page.getByRole("banner").getByRole("button", { name: "Change language" }).click();
    expect((await answer).status()).toBe(400);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text("en", "errors.badRequestTitle"));
    await expect(page.getByRole("button", { name: "Quick exit" })).toBeVisible();
    await expectNoInternals(page);
  });
});
