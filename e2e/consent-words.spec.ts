/**
 * What the consent page promises and how the support block reads on a small
 * phone: no choice (d) while no inbox exists, who runs the platform and
 * where data is stored, "(/safety)" as a real link, the choices' letters
 * from the locale (Arabic أ ب ج د), and the support block as blocks with
 * tappable e-mail addresses and numbers that never make a 320 px page wider
 * than the screen — on the consent page, /me, /receipt and /safety.
 */
import AxeBuilder from "@axe-core/playwright";
import type { BrowserContext, Page } from "@playwright/test";
import { demoSupportResources } from "../app/modules/demo/demo-content";
import { expect, test, visit, type Guard } from "./fixtures";
import { text, textIn } from "./locales";
import { appOrigin, demoSlug } from "./settings";

type Language = "en" | "ar";
const p = (language: Language, key: string) => textIn("participation", language, key);

async function useLanguage(context: BrowserContext, language: Language) {
  // The language cookie as the language form sets it (a JSON string, base64).
  const value = encodeURIComponent(Buffer.from(JSON.stringify(language)).toString("base64"));
  await context.addCookies([{ name: "lng", value, url: appOrigin }]);
}

/** The page is no wider than the screen (WCAG 1.4.10 reflow). */
async function expectNoSidewaysScroll(page: Page) {
  const { width, wider } = await page.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    // For the failure message: the innermost elements that reach past the screen.
    wider: [...document.querySelectorAll("body *")]
      .filter((element) => element.getBoundingClientRect().right > 320 && ![...element.children].some((child) => child.getBoundingClientRect().right > 320))
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}: ${(element.textContent ?? "").slice(0, 40)}`),
  }));
  expect(width, wider.join("\n")).toBeLessThanOrEqual(320);
}

/** The support block lists the demo services, each e-mail address a mailto: link and each number a tel: link. */
async function expectTappableSupport(page: Page, within: ReturnType<Page["getByRole"]>, language: Language) {
  const listening = demoSupportResources[language === "en" ? "en" : "ar"][0]!;
  await expect(within.getByText(listening.name, { exact: true })).toBeVisible();
  await expect(within.getByText(listening.description, { exact: true })).toBeVisible();
  const email = within.getByRole("link", { name: "escucha@mujeresdelpuente.example" }).first();
  await expect(email).toHaveAttribute("href", "mailto:escucha@mujeresdelpuente.example");
  const phone = within.getByRole("link", { name: "000 000 0000" }).first();
  await expect(phone).toHaveAttribute("href", "tel:0000000000");
  // Every link in view, the long address included, ends inside the screen.
  for (const link of await within.getByRole("link").all()) {
    const box = await link.boundingBox();
    expect(box, await link.innerText()).not.toBeNull();
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    expect(box!.x).toBeGreaterThanOrEqual(0);
  }
  await expectNoSidewaysScroll(page);
}

const supportBlock = (page: Page, language: Language) => page.getByRole("complementary", { name: p(language, "support.heading") });

for (const javaScriptEnabled of [true, false]) {
  test.describe(`consent page, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("offers (a)–(c) but no (d), says who runs the platform and where data is stored, and links the safety page", async ({ page, guard }) => {
      await visit(page, guard, `/c/${demoSlug}/consent`);
      const choices = page.getByRole("group", { name: p("en", "consent.choices.legend") });
      await expect(choices.getByRole("checkbox")).toHaveCount(3);
      await expect(page.getByRole("checkbox", { name: p("en", "consent.choices.inboxContact") })).toHaveCount(0);
      await expect(page.getByText(/pseudonymous inbox/)).toHaveCount(0);

      const platform = page.getByRole("region", { name: p("en", "consent.platform.heading") });
      await expect(platform.getByText(p("en", "consent.platform.operatorLabel"), { exact: true })).toBeVisible();
      await expect(platform.getByText(p("en", "consent.platform.demoOperator"))).toBeVisible();
      await expect(platform.getByText(p("en", "consent.platform.locationLabel"), { exact: true })).toBeVisible();
      await expect(platform.getByText(p("en", "consent.platform.demoLocation"))).toBeVisible();

      // "(/safety)" in the consent text is a link that works.
      const consentText = page.getByRole("region", { name: p("en", "consent.textHeading") });
      const safety = consentText.getByRole("link", { name: "/safety", exact: true });
      await expect(safety).toHaveAttribute("href", "/safety");
      await guard.settled();
      await safety.click();
      await expect(page.getByRole("heading", { level: 1, name: text("en", "safety.title") })).toBeVisible();
      await guard.settled();
    });
  });
}

test("in Arabic the choices' letters come from the locale, and no two regions share a name", async ({ page, context, guard }) => {
  await useLanguage(context, "ar");
  await visit(page, guard, `/c/${demoSlug}/consent`);
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  for (const [letter, choice] of [["a", "useInSummaries"], ["b", "draftersMayQuote"], ["c", "publicQuotes"]] as const) {
    const label = `${p("ar", `consent.choices.letters.${letter}`)} ${p("ar", `consent.choices.${choice}`)}`;
    await expect(page.getByRole("checkbox", { name: label, exact: true })).toHaveCount(1);
  }
  expect(p("ar", "consent.choices.letters.a")).toBe("(أ)");
  await expect(page.getByText("(a)", { exact: true })).toHaveCount(0);

  // The consultation page: "Taking part" and the Participation theme are two regions with two names.
  await visit(page, guard, `/c/${demoSlug}`);
  await expect(page.getByRole("region", { name: textIn("consultations", "ar", "public.wayInHeading"), exact: true })).toHaveCount(1);
  await expect(page.getByRole("region", { name: text("ar", "themes.participation"), exact: true })).toHaveCount(1);
  const audit = await new AxeBuilder({ page }).withRules(["landmark-unique"]).analyze();
  expect(audit.violations).toEqual([]);
});

test.describe("the support block at 320 px", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const language of ["en", "ar"] as const) {
    test(`on the consent page, in ${language === "en" ? "English" : "Arabic"}: blocks, tappable contacts, no sideways scrolling`, async ({ page, context, guard }) => {
      await useLanguage(context, language);
      await visit(page, guard, `/c/${demoSlug}/consent`);
      const support = supportBlock(page, language);
      await expect(support.getByRole("listitem")).toHaveCount(demoSupportResources[language].length);
      await expectTappableSupport(page, support, language);
    });
  }

  test("on /receipt and /safety, and on /me with the way to /receipt as a link", async ({ page, guard }) => {
    await visit(page, guard, "/receipt");
    await expect(page.getByRole("heading", { level: 1, name: p("en", "receipt.title") })).toBeVisible();
    await expectTappableSupport(page, supportBlock(page, "en"), "en");

    await visit(page, guard, "/safety");
    await expectTappableSupport(page, page.getByRole("region", { name: text("en", "safety.supportHeading") }), "en");

    // A pseudonymous account, then My contributions.
    await visit(page, guard, "/join");
    await page.getByLabel(text("en", "auth.fields.pseudonym")).fill(`e2e words ${Date.now().toString(36)}`);
    await page.getByLabel(text("en", "auth.fields.passphrase"), { exact: true }).fill("lantern orbit cactus meadow");
    await page.getByLabel(text("en", "auth.fields.repeatPassphrase")).fill("lantern orbit cactus meadow");
    await leave(guard, () => page.getByRole("button", { name: text("en", "auth.join.submit") }).click());
    await leave(guard, () => page.getByRole("link", { name: text("en", "auth.join.codesDone") }).click());
    await expect(page.getByRole("heading", { level: 1, name: text("en", "me.title") })).toBeVisible();
    await expectTappableSupport(page, supportBlock(page, "en"), "en");
    const receipt = page.getByRole("main").getByRole("link", { name: "/receipt", exact: true });
    await expect(receipt).toHaveAttribute("href", "/receipt");
  });
});

async function leave(guard: Guard, action: () => Promise<unknown>) {
  await guard.settled();
  await action();
  await guard.settled();
}
