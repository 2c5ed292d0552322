/**
 * With JavaScript, the browser goes offline just as someone presses "Save
 * and go to the next theme" or "Submit my input": the page keeps the form
 * and its text with a "Try again" button (no error page); back online, one
 * retry saves the answer and sends the contribution exactly once. The
 * autosave, failing offline, keeps the text too and tries again.
 */
import { expect, test, visit, waitForHydration } from "./fixtures";
import { contributionsOf, earlySignsPrompt, leave, startContribution } from "./participation-support";
import { demoSlug } from "./settings";

const typed = "Girls were sent home from school first, then the clinics closed to them.";

test("offline with JavaScript: the answer and the send stay on the page with their text, one retry saves once", async ({
  page,
  context,
  guard,
}) => {
  test.setTimeout(120_000);
  await startContribution(page, guard, () => waitForHydration(page));
  const answer = page.getByLabel(earlySignsPrompt);
  await answer.fill(typed);

  await context.setOffline(true);
  await page.getByRole("button", { name: "Save and go to the next theme" }).click();
  await expect(page.getByRole("alert")).toContainText("We could not save this just now. Your text is still here");
  await expect(page.getByRole("heading", { level: 1, name: "Prevention" })).toBeVisible();
  await expect(answer).toHaveValue(typed);
  // The autosave fails offline too, and keeps the text.
  await answer.press("End");
  await answer.pressSequentially(" More.");
  await expect(page.getByText("Your answers on this page could not be saved just now")).toBeVisible({ timeout: 20_000 });
  await expect(answer).toHaveValue(`${typed} More.`);

  expect((await contributionsOf(context))[0]?.answers).toBe(0);

  // Back online: the autosave tries again by itself (every ten seconds), then "Try again" moves on; one answer either way.
  await context.setOffline(false);
  await expect(page.getByText("Your answers on this page were saved.")).toBeVisible({ timeout: 25_000 });
  expect(await contributionsOf(context)).toMatchObject([{ status: "draft", answers: 1 }]);
  await leave(guard, () => page.getByRole("button", { name: "Try again" }).click());
  await expect(page.getByText("Theme 2 of 4")).toBeVisible();
  // The client-side navigation happened after `leave` returned: let its audit run before the next page.
  await guard.settled();
  expect(await contributionsOf(context)).toMatchObject([{ status: "draft", answers: 1 }]);

  await visit(page, guard, `/c/${demoSlug}/respond?step=review`);
  await waitForHydration(page);
  await expect(page.getByText(`${typed} More.`)).toBeVisible();
  await context.setOffline(true);
  await page.getByRole("button", { name: "Submit my input" }).click();
  await expect(page.getByRole("alert")).toContainText("We could not save this just now");
  await expect(page.getByRole("heading", { level: 1, name: "Review and send" })).toBeVisible();
  await expect(page.getByText(`${typed} More.`)).toBeVisible();
  await expect(page.getByRole("checkbox", { name: /Use my input in anonymised thematic summaries/ })).toBeChecked();

  await context.setOffline(false);
  expect(await contributionsOf(context)).toMatchObject([{ status: "draft", submitKeys: 0 }]);
  await leave(guard, () => page.getByRole("button", { name: "Try again" }).click());
  await expect(page.getByRole("heading", { level: 1, name: "Thank you. Your input was received" })).toBeVisible();
  expect(await contributionsOf(context)).toMatchObject([{ status: "received", answers: 1, submitKeys: 1 }]);
});
