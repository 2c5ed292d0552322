/**
 * Pseudonymous accounts, the whole life of one, with JavaScript on and off:
 * create (recovery codes shown once), sign out, sign in, recover with a code
 * (which then stops working), delete (the rows are gone from the database).
 */
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { pseudonymLookup, resetRateLimits, withDatabase } from "./db";
import { expect, test, visit, waitForHydration, type Guard } from "./fixtures";

const firstPassphrase = "lantern orbit cactus meadow";
const secondPassphrase = "violet harbour seventeen";

async function participantRows(pseudonym: string) {
  return withDatabase(async (client) => {
    const participant = await client.query(`SELECT "id" FROM "Participant" WHERE "pseudonymKey" = $1`, [pseudonymLookup(pseudonym)]);
    const id = participant.rows[0]?.id as string | undefined;
    if (!id) return { participants: 0, sessions: 0, recoveryCodes: 0 };
    const sessions = await client.query(`SELECT count(*)::int AS n FROM "Session" WHERE "participantId" = $1`, [id]);
    const codes = await client.query(`SELECT count(*)::int AS n FROM "RecoveryCode" WHERE "participantId" = $1`, [id]);
    return { participants: 1, sessions: sessions.rows[0].n as number, recoveryCodes: codes.rows[0].n as number, id };
  });
}

async function rowsOf(participantId: string) {
  return withDatabase(async (client) => {
    const count = async (sql: string) => (await client.query(sql, [participantId])).rows[0].n as number;
    return {
      participants: await count(`SELECT count(*)::int AS n FROM "Participant" WHERE "id" = $1`),
      sessions: await count(`SELECT count(*)::int AS n FROM "Session" WHERE "participantId" = $1`),
      recoveryCodes: await count(`SELECT count(*)::int AS n FROM "RecoveryCode" WHERE "participantId" = $1`),
    };
  });
}

async function signIn(page: Page, guard: Guard, pseudonym: string, passphrase: string) {
  await guard.settled();
  await visit(page, guard, "/login");
  await page.getByRole("textbox", { name: "Pseudonym" }).fill(pseudonym);
  await page.getByLabel("Passphrase", { exact: true }).fill(passphrase);
  // Hydration reports the page a second time; its audit must finish before the page is left.
  await guard.settled();
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function signOut(page: Page, guard: Guard) {
  await guard.settled();
  await page.getByRole("main").getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL("/");
  await guard.settled();
}

async function lifeOfAnAccount(page: Page, guard: Guard, javaScript: boolean) {
  // Many pages, each audited, and several argon2 hashes: longer than the default.
  test.setTimeout(120_000);
  const pseudonym = `e2e ${javaScript ? "js" : "nojs"} ${randomBytes(3).toString("hex")}`;

  // Create: a pseudonym is suggested; we choose our own.
  await visit(page, guard, "/join");
  if (javaScript) await waitForHydration(page);
  const pseudonymField = page.getByRole("textbox", { name: "Pseudonym" });
  await expect(pseudonymField).not.toHaveValue("");
  await pseudonymField.fill(pseudonym);
  await page.getByLabel("Passphrase", { exact: true }).fill(firstPassphrase);
  await page.getByLabel("Repeat passphrase").fill(firstPassphrase);
  await page.getByRole("button", { name: "Create account" }).click();

  const codes = page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem");
  await expect(codes).toHaveCount(8);
  const recoveryCode = (await codes.nth(2).textContent())?.trim() ?? "";
  expect(recoveryCode).toMatch(/^[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}$/);
  await guard.settled();
  await page.getByRole("link", { name: "I have saved my codes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My contributions" })).toBeVisible();
  await expect(page.getByText(`Signed in as ${pseudonym}.`)).toBeVisible();
  // Shown once: the codes are nowhere on the account's pages.
  await expect(page.getByText(recoveryCode)).toHaveCount(0);
  const created = await participantRows(pseudonym);
  expect(created).toMatchObject({ participants: 1, sessions: 1, recoveryCodes: 8 });

  // Sign out, sign in.
  await guard.settled();
  await signOut(page, guard);
  expect((await rowsOf(created.id ?? "")).sessions).toBe(0);
  await signIn(page, guard, pseudonym, firstPassphrase);
  await expect(page).toHaveURL("/me");

  // Recover with a code: a new passphrase; the code is then spent.
  await guard.settled();
  await signOut(page, guard);
  await guard.settled();
  await visit(page, guard, "/recover");
  await page.getByRole("textbox", { name: "Pseudonym" }).fill(pseudonym);
  await page.getByRole("textbox", { name: "Recovery code" }).fill(recoveryCode);
  await page.getByLabel("New passphrase").fill(secondPassphrase);
  await page.getByLabel("Repeat passphrase").fill(secondPassphrase);
  await page.getByRole("button", { name: "Set new passphrase" }).click();
  await expect(page).toHaveURL("/me");
  await guard.settled();
  await signOut(page, guard);

  await guard.settled();
  await visit(page, guard, "/recover");
  await page.getByRole("textbox", { name: "Pseudonym" }).fill(pseudonym);
  await page.getByRole("textbox", { name: "Recovery code" }).fill(recoveryCode);
  await page.getByLabel("New passphrase").fill("another fresh passphrase");
  await page.getByLabel("Repeat passphrase").fill("another fresh passphrase");
  await page.getByRole("button", { name: "Set new passphrase" }).click();
  // Said in the error summary at the top (a link to the field) and at the field itself.
  await expect(page.getByRole("alert").getByRole("link", { name: /the code was already used/ })).toBeVisible();
  await expect(page.locator(".field__error", { hasText: "the code was already used" })).toBeVisible();
  // What was typed is kept. (Without JavaScript the server re-fills the form and
  // never sends secrets back, so the spent code is not re-filled either.)
  await expect(page.getByRole("textbox", { name: "Pseudonym" })).toHaveValue(pseudonym);
  if (!javaScript) await expect(page.getByRole("textbox", { name: "Recovery code" })).toHaveValue("");

  // The old passphrase no longer works; the new one does.
  await signIn(page, guard, pseudonym, firstPassphrase);
  await expect(page.getByRole("alert")).toContainText("do not match");
  await signIn(page, guard, pseudonym, secondPassphrase);
  await expect(page).toHaveURL("/me");

  // Delete: the page says what will be destroyed before anything is.
  await guard.settled();
  await page.getByRole("link", { name: "Delete my account" }).click();
  await expect(page.getByText("This cannot be undone.", { exact: false })).toBeVisible();
  expect((await rowsOf(created.id ?? "")).participants).toBe(1);
  await guard.settled();
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByRole("status")).toContainText("have been deleted");
  expect(await rowsOf(created.id ?? "")).toEqual({ participants: 0, sessions: 0, recoveryCodes: 0 });
}

test.beforeEach(async () => {
  await resetRateLimits();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("create, sign out, sign in, recover, delete", async ({ page, guard }) => {
    await lifeOfAnAccount(page, guard, false);
  });
});

test.describe("with JavaScript", () => {
  test("create, sign out, sign in, recover, delete", async ({ page, guard }) => {
    await lifeOfAnAccount(page, guard, true);
  });
});
