/**
 * Giving input with JavaScript on, in Arabic (right to left), with a
 * pseudonymous account: consent, answers with autosave (kept on the server,
 * never in the browser), review, send — and the contribution then appears
 * under "My contributions" with its status.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "@playwright/test";
import { demoQuestions } from "../app/modules/demo/demo-content";
import { expect, test, visit, waitForHydration, type Guard } from "./fixtures";
import { text } from "./locales";
import { demoSlug } from "./settings";

type Strings = { [key: string]: string | Strings };
const participation = JSON.parse(
  readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../locales/ar/participation.json"), "utf8"),
) as Strings;

/** An Arabic string of the "participation" namespace. */
function ar(key: string, values: Record<string, string | number> = {}): string {
  let value: string | Strings | undefined = participation;
  for (const part of key.split(".")) value = typeof value === "object" ? value[part] : undefined;
  if (typeof value !== "string") throw new Error(`No string ${key} in locales/ar/participation.json`);
  return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ""));
}

const firstPrevention = demoQuestions.find((question) => question.theme === "prevention" && question.kind === "free_text")!;
const firstRecovery = demoQuestions.find((question) => question.theme === "recovery" && question.kind === "free_text")!;
const stance12 = demoQuestions.find((question) => question.kind === "stance" && question.principleNumber === 12)!;

const answers = {
  prevention: "إقصاء الفتيات من المدارس علامة مبكرة.",
  recovery: "أن تُسمع أصواتنا وأن نشارك في القرار.",
};

async function leave(guard: Guard, action: () => Promise<unknown>) {
  await guard.settled();
  await action();
  await guard.settled();
}

async function chooseArabic(page: Page, guard: Guard) {
  await visit(page, guard, "/");
  await waitForHydration(page);
  const switcher = page.getByRole("banner");
  await switcher.getByRole("combobox", { name: "Language" }).selectOption({ label: "العربية" });
  await leave(guard, () => switcher.getByRole("button", { name: "Change language" }).click());
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
}

test("in Arabic with an account: consent, autosaved answers, review, send, then My contributions shows it", async ({ page, guard }) => {
  test.setTimeout(90_000);
  await chooseArabic(page, guard);

  // A pseudonymous account.
  await visit(page, guard, "/join");
  await waitForHydration(page);
  const pseudonym = `e2e ${Date.now().toString(36)}`;
  await page.getByLabel(text("ar", "auth.fields.pseudonym")).fill(pseudonym);
  await page.getByLabel(text("ar", "auth.fields.passphrase"), { exact: true }).fill("lantern orbit cactus meadow");
  await page.getByLabel(text("ar", "auth.fields.repeatPassphrase")).fill("lantern orbit cactus meadow");
  await leave(guard, () => page.getByRole("button", { name: text("ar", "auth.join.submit") }).click());
  await expect(page.getByRole("heading", { level: 1, name: text("ar", "auth.join.codesTitle") })).toBeVisible();
  await leave(guard, () => page.getByRole("link", { name: text("ar", "auth.join.codesDone") }).click());
  await expect(page.getByRole("heading", { level: 1, name: text("ar", "me.title") })).toBeVisible();
  await guard.settled();

  // Consent, in Arabic, right to left; nothing ticked.
  await visit(page, guard, `/c/${demoSlug}/consent`);
  await waitForHydration(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1, name: ar("consent.title") })).toBeVisible();
  await expect(page.getByText(ar("consent.withAccount"))).toBeVisible();
  for (const box of await page.getByRole("checkbox").all()) await expect(box).not.toBeChecked();
  await page.getByRole("checkbox", { name: ar("consent.choices.useInSummaries") }).check();
  await leave(guard, () => page.getByRole("button", { name: ar("consent.start") }).click());

  // Theme 1: typing is saved by autosave (about every ten seconds), on the server.
  await expect(page.getByText(ar("progress.theme", { current: 1, total: 4 }))).toBeVisible();
  await waitForHydration(page);
  await page.getByLabel(firstPrevention.prompt.ar).fill(answers.prevention);
  await expect(page.getByText(ar("autosave.saved"))).toBeVisible({ timeout: 15_000 });
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
  await leave(guard, () => page.reload());
  await expect(page.getByLabel(firstPrevention.prompt.ar)).toHaveValue(answers.prevention);

  // Straight to the last theme with the step buttons (saving as it goes), one more answer and a stance.
  await waitForHydration(page);
  await leave(guard, () => page.getByRole("button", { name: text("ar", "themes.recovery") }).click());
  await expect(page.getByText(ar("progress.theme", { current: 4, total: 4 }))).toBeVisible();
  await page.getByLabel(firstRecovery.prompt.ar).fill(answers.recovery);
  await page.getByRole("group", { name: stance12.prompt.ar }).getByRole("radio", { name: ar("stance.agree"), exact: true }).check();
  await leave(guard, () => page.getByRole("button", { name: ar("respond.toReview") }).click());

  // Review and send.
  await expect(page.getByRole("heading", { level: 1, name: ar("review.title") })).toBeVisible();
  await expect(page.getByText(answers.prevention)).toBeVisible();
  await expect(page.getByText(answers.recovery)).toBeVisible();
  await expect(page.getByRole("checkbox", { name: ar("consent.choices.useInSummaries") })).toBeChecked();
  await leave(guard, () => page.getByRole("button", { name: ar("review.submit") }).click());
  await expect(page.getByRole("heading", { level: 1, name: ar("sent.title") })).toBeVisible();

  // My contributions: the contribution and its status.
  await leave(guard, () => page.getByRole("link", { name: ar("sent.toMyContributions") }).click());
  await expect(page.getByRole("heading", { level: 1, name: text("ar", "me.title") })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: "المشاورة الإقليمية في بوغوتا" });
  await expect(row).toHaveCount(1);
  await expect(row.getByText(text("ar", "contributions.status.received"))).toBeVisible();
  await leave(guard, () => row.getByRole("link", { name: new RegExp(ar("me.viewOrChange")) }).click());
  await expect(page.getByText(answers.recovery)).toBeVisible();
});
