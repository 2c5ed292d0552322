/**
 * The way back, with JavaScript on and off: someone who saved and left finds
 * their input again through links they can see (the header, the consultation
 * page, the receipt-code box), with or without an account; after sending,
 * every way back to the answering page says it was sent, and nothing else;
 * each step has its own title; withdrawing asks first.
 */
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { resetRateLimits } from "./db";
import { expect, test, visit, waitForHydration, type Guard } from "./fixtures";
import { text } from "./locales";
import { earlySignsPrompt, leave, startContribution } from "./participation-support";
import { demoSlug } from "./settings";

const en = (key: string, values?: Record<string, string | number>) => text("en", key, values);
const p = (key: string, values?: Record<string, string | number>) => en(`participation:${key}`, values);
const pageTitle = (title: string) => `${title} · ${en("appName")}`;
const passphrase = "lantern orbit cactus meadow";
const themes = ["prevention", "protection", "participation", "recovery"] as const;

/** From the home page to the demo consultation's page, which shows both ways back. */
async function openConsultationFromHome(page: Page, guard: Guard) {
  await visit(page, guard, "/");
  await leave(guard, () => page.getByRole("main").getByRole("link").and(page.locator(`[href="/c/${demoSlug}"]`)).click());
  await expect(page).toHaveURL(`/c/${demoSlug}`);
  await expect(page.getByRole("main").getByRole("link", { name: en("nav.receipt") })).toBeVisible();
  await expect(headerLink(page, "nav.receipt")).toBeVisible();
  await expect(headerLink(page, "nav.join")).toBeVisible();
}

const headerLink = (page: Page, key: string) => page.getByRole("navigation", { name: en("nav.label") }).getByRole("link", { name: en(key) });

/** The quick exit's explanation (shown once), then consent with summaries only, then theme 1. */
async function throughIntroAndConsent(page: Page, guard: Guard) {
  await expect(page.getByRole("heading", { level: 1, name: p("quickExitIntro.title") })).toBeVisible();
  await leave(guard, () => page.getByRole("link", { name: p("quickExitIntro.continue"), exact: true }).click());
  await page.getByRole("checkbox", { name: p("consent.choices.useInSummaries") }).check();
  await leave(guard, () => page.getByRole("button", { name: p("consent.start") }).click());
  await expect(page.getByText(p("progress.theme", { current: 1, total: 4 }))).toBeVisible();
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("without an account: save, leave, come back through the visible link to /receipt, find the input", async ({ page, guard, openPage }) => {
      test.setTimeout(90_000);
      const answer = `Teachers noticing absences (${randomBytes(3).toString("hex")}).`;
      await openConsultationFromHome(page, guard);
      await leave(guard, () => page.getByRole("link", { name: en("consultations:public.takePartWithout") }).click());
      await throughIntroAndConsent(page, guard);
      await page.getByLabel(earlySignsPrompt).fill(answer);
      await leave(guard, () => page.getByRole("button", { name: p("respond.saveLater") }).click());
      await expect(page.getByRole("heading", { level: 1, name: p("savedLater.title") })).toBeVisible();
      const code = (await page.locator(".receipt-code__value code").textContent())?.trim() ?? "";
      expect(code).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){5}$/);
      // The receipt box itself says where to use the code.
      const box = page.getByRole("region", { name: p("receiptCode.heading") });
      await expect(box.getByRole("link", { name: en("nav.receipt") })).toHaveAttribute("href", "/receipt");

      // Another day, a fresh browser: the header's link leads back.
      const later = await openPage({ javaScriptEnabled });
      await visit(later, guard, "/");
      await leave(guard, () => headerLink(later, "nav.receipt").click());
      await expect(later).toHaveURL("/receipt");
      await later.getByLabel(p("receipt.field")).fill(code);
      await leave(guard, () => later.getByRole("button", { name: p("receipt.submit") }).click());
      await expect(later.getByText(answer)).toBeVisible();
      await expect(later.getByRole("button", { name: p("contribution.continueDraft") })).toBeVisible();
    });

    test("with an account made through Take part on a shared device: the session ends with the browser, and signing in finds the input", async ({ page, context, guard, openPage }) => {
      test.setTimeout(120_000);
      await resetRateLimits();
      const pseudonym = `e2e way back ${randomBytes(3).toString("hex")}`;
      const answer = `Counsellors who speak our language (${randomBytes(3).toString("hex")}).`;
      await openConsultationFromHome(page, guard);
      await leave(guard, () => page.getByRole("link", { name: en("consultations:public.takePartWith") }).click());
      await expect(page).toHaveURL(/\/join\?returnTo=/);
      if (javaScriptEnabled) await waitForHydration(page);
      await page.getByRole("textbox", { name: en("auth.fields.pseudonym") }).fill(pseudonym);
      await page.getByLabel(en("auth.fields.passphrase"), { exact: true }).fill(passphrase);
      await page.getByLabel(en("auth.fields.repeatPassphrase")).fill(passphrase);
      const shared = page.getByRole("checkbox", { name: en("auth.fields.sharedDevice") });
      await expect(shared).toHaveAccessibleDescription(en("auth.fields.sharedDeviceHint"));
      await shared.check();
      await guard.settled();
      await page.getByRole("button", { name: en("auth.join.submit") }).click();
      await expect(page.getByRole("list", { name: en("auth.join.codesListLabel") }).getByRole("listitem")).toHaveCount(8);
      // A session cookie without Expires/Max-Age: the browser drops it when it closes.
      const session = (await context.cookies()).find((cookie) => /^(__Host-)?session$/.test(cookie.name));
      expect(session).toBeDefined();
      expect(session?.expires).toBe(-1);

      // Back to the consultation it came from.
      await guard.settled();
      await page.getByRole("link", { name: en("auth.join.codesDone") }).click();
      await expect(page).toHaveURL(`/c/${demoSlug}/before-you-start`);
      await guard.settled();
      await throughIntroAndConsent(page, guard);
      await page.getByLabel(earlySignsPrompt).fill(answer);
      await leave(guard, () => page.getByRole("button", { name: p("respond.saveLater") }).click());
      await expect(page.getByRole("heading", { level: 1, name: p("savedLater.title") })).toBeVisible();
      await expect(page.getByText(p("savedLater.account"))).toBeVisible();

      // The browser closed; later, the header's Sign in leads back to the input.
      const later = await openPage({ javaScriptEnabled });
      await visit(later, guard, "/");
      await leave(guard, () => headerLink(later, "nav.signIn").click());
      await later.getByRole("textbox", { name: en("auth.fields.pseudonym") }).fill(pseudonym);
      await later.getByLabel(en("auth.fields.passphrase"), { exact: true }).fill(passphrase);
      await guard.settled();
      await later.getByRole("main").getByRole("button", { name: en("auth.login.submit") }).click();
      await expect(later.getByRole("heading", { level: 1, name: en("me.title") })).toBeVisible();
      await guard.settled();
      await leave(guard, () => later.getByRole("link", { name: new RegExp(p("me.viewOrChange")) }).click());
      await expect(later.getByText(answer)).toBeVisible();
    });

    test("each step has its own title; after sending, reload, Back and a new visit show only that it was sent", async ({ page, guard }) => {
      test.setTimeout(120_000);
      const answer = "Girls leaving school early.";
      await startContribution(page, guard);
      if (javaScriptEnabled) await waitForHydration(page);
      const themeTitle = (index: number) =>
        p("respond.titles.theme", { number: index + 1, total: 4, theme: en(`themes.${themes[index]}`) });
      await expect(page).toHaveTitle(pageTitle(themeTitle(0)));

      // An error on a theme page: the title says so first.
      await page.getByLabel(earlySignsPrompt).fill("x".repeat(10_001));
      await leave(guard, () => page.getByRole("button", { name: p("respond.next") }).click());
      // exact: the error summary repeats it after the question's label.
      await expect(page.getByText(p("respond.errors.tooLong"), { exact: true })).toBeVisible();
      await expect(page).toHaveTitle(pageTitle(p("respond.titles.error", { title: themeTitle(0) })));
      await page.getByLabel(earlySignsPrompt).fill(answer);
      await leave(guard, () => page.getByRole("button", { name: p("respond.next") }).click());

      for (let index = 1; index < themes.length; index++) {
        await expect(page.getByText(p("progress.theme", { current: index + 1, total: 4 }))).toBeVisible();
        await expect(page).toHaveTitle(pageTitle(themeTitle(index)));
        const last = index === themes.length - 1;
        await leave(guard, () => page.getByRole("button", { name: last ? p("respond.toReview") : p("respond.next") }).click());
      }
      await expect(page.getByRole("heading", { level: 1, name: p("review.title") })).toBeVisible();
      await expect(page).toHaveTitle(pageTitle(p("respond.titles.review")));
      // Playwright knows the new URL only once it has seen the navigation, and
      // so has the Guard: the next leave() then waits for this page's audit.
      await expect(page).toHaveURL(/[?&]step=review\b/);

      // The review, its error, the sent state, its reload and Back all live at
      // this one URL, so hydration's late second reports of it can arrive when
      // the test has moved on; each of those pages is still audited once.
      await guard.settled();
      guard.mayLeaveBeforeAudit(page.url());

      // Sending without the summaries choice: an error on the review page.
      await page.getByRole("checkbox", { name: p("consent.choices.useInSummaries") }).uncheck();
      await leave(guard, () => page.getByRole("button", { name: p("review.submit") }).click());
      await expect(page.getByText(p("review.errors.checkChoices"))).toBeVisible();
      await expect(page).toHaveTitle(pageTitle(p("respond.titles.error", { title: p("respond.titles.review") })));

      // Back to the last theme and to the review again (a fresh review page), and send from there.
      await leave(guard, () =>
        page.getByRole("navigation", { name: p("progress.label") }).getByRole("link", { name: en("themes.recovery") }).click(),
      );
      await expect(page).toHaveTitle(pageTitle(themeTitle(3)));
      await leave(guard, () => page.getByRole("button", { name: p("respond.toReview") }).click());
      await expect(page).toHaveTitle(pageTitle(p("respond.titles.review")));
      // Playwright knows the new URL only once it has seen the navigation, and
      // so has the Guard: the next leave() then waits for this page's audit.
      await expect(page).toHaveURL(/[?&]step=review\b/);
      await page.getByRole("checkbox", { name: p("consent.choices.useInSummaries") }).check();
      await leave(guard, () => page.getByRole("button", { name: p("review.submit") }).click());
      await expect(page.getByRole("heading", { level: 1, name: p("sent.title") })).toBeVisible();
      await expect(page).toHaveTitle(pageTitle(p("respond.titles.sent")));

      /** Only that it was sent, and how to come back with the receipt code: no form that looks unsent. */
      const showsSentOnly = async () => {
        await expect(page.getByRole("heading", { level: 1, name: p("sent.title") })).toBeVisible();
        await expect(page).toHaveTitle(pageTitle(p("respond.titles.sent")));
        await expect(page.getByText(p("sent.withReceiptCode"))).toBeVisible();
        await expect(page.getByRole("main").getByRole("link", { name: en("nav.receipt") })).toHaveAttribute("href", "/receipt");
        await expect(page.getByText(p("review.intro"))).toHaveCount(0);
        await expect(page.getByText(p("review.keepsSavedCode"))).toHaveCount(0);
        await expect(page.getByRole("button", { name: p("review.submit") })).toHaveCount(0);
        await expect(page.getByRole("button", { name: p("review.saveChanges") })).toHaveCount(0);
        await expect(page.getByText(answer)).toHaveCount(0);
      };
      if (javaScriptEnabled) {
        await leave(guard, () => page.reload());
        await showsSentOnly();
      }
      // Back: without JavaScript to the review page the send came from; with it (the send
      // replaced that history entry) to the theme page before it. Either says it was sent.
      await leave(guard, () => page.goBack());
      await expect(page).toHaveURL(`/c/${demoSlug}/respond?step=${javaScriptEnabled ? "recovery" : "review"}`);
      await showsSentOnly();
      // And a new visit of any step.
      await guard.settled();
      await visit(page, guard, `/c/${demoSlug}/respond`);
      await showsSentOnly();
    });

    test("withdrawing asks first, says what is destroyed, and only the confirming button withdraws", async ({ page, guard }) => {
      test.setTimeout(90_000);
      const answer = "Safe houses in every district.";
      await startContribution(page, guard);
      if (javaScriptEnabled) await waitForHydration(page);
      await page.getByLabel(earlySignsPrompt).fill(answer);
      await leave(guard, () => page.getByRole("button", { name: p("respond.saveLater") }).click());
      await expect(page.getByRole("heading", { level: 1, name: p("savedLater.title") })).toBeVisible();
      // The saved page has its own address (the theme's): once it shows, its audit is queued.
      await expect(page).toHaveURL(`/c/${demoSlug}/respond?step=prevention`);
      const code = (await page.locator(".receipt-code__value code").textContent())?.trim() ?? "";

      await guard.settled();
      await visit(page, guard, "/receipt");
      await page.getByLabel(p("receipt.field")).fill(code);
      await leave(guard, () => page.getByRole("button", { name: p("receipt.submit") }).click());
      await leave(guard, () => page.getByRole("button", { name: p("withdraw.submit"), exact: true }).click());
      await expect(page.getByRole("heading", { level: 1, name: p("withdraw.confirmTitle") })).toBeVisible();
      for (const key of ["withdraw.destroysAnswers", "withdraw.destroysChoices", "withdraw.destroysUse", "withdraw.cannotUndo"]) {
        await expect(page.getByText(p(key))).toBeVisible();
      }
      // Keeping it: nothing was destroyed.
      await leave(guard, () => page.getByRole("button", { name: p("withdraw.keep") }).click());
      await expect(page.getByText(answer)).toBeVisible();

      await leave(guard, () => page.getByRole("button", { name: p("withdraw.submit"), exact: true }).click());
      await leave(guard, () => page.getByRole("button", { name: p("withdraw.confirm") }).click());
      await expect(page.getByText(p("contribution.notices.withdrawn"))).toBeVisible();
      await expect(page.getByText(answer)).toHaveCount(0);
    });
  });
}
