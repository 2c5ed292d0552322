/**
 * Acceptance 5's entry path in Chromium with JavaScript off: a facilitator of
 * a hosting organisation records a group session, then two speakers in a row
 * ("Save and add another speaker", then "Save and finish"); a speaker
 * without consent (a) is refused with the typed text kept. Each speaker
 * becomes one in-person contribution with its consent basis, nobody named.
 *
 * The demo facilitator is signed in by a session row (staff-session.ts).
 */
import { randomBytes } from "node:crypto";
import type { Locator } from "@playwright/test";
import { withDatabase } from "./db";
import { expect, test, visit, type Guard } from "./fixtures";
import { text } from "./locales";
import { demoSlug } from "./settings";
import { signInDemoStaff } from "./staff-session";

const w = (key: string, values: Record<string, string> = {}) => text("en", `workspace:${key}`, values);

async function leaveBy(guard: Guard, control: Locator) {
  await guard.settled();
  await control.click();
}

test.use({ javaScriptEnabled: false });

test("a facilitator enters a session with two speakers, without JavaScript", async ({ page, context, guard }) => {
  test.setTimeout(120_000);
  const place = `Kennedy ${randomBytes(3).toString("hex")}`;
  await signInDemoStaff(context, "demo-facilitator-puente");
  const prompts = await withDatabase(async (client) => {
    const questions = await client.query<{ prompt: string }>(
      `SELECT t."prompt" FROM "Question" q JOIN "Consultation" c ON c."id" = q."consultationId"
       JOIN "QuestionTranslation" t ON t."questionId" = q."id" AND t."language" = 'es'
       WHERE c."slug" = $1 AND q."kind" = 'free_text' ORDER BY q."position" LIMIT 2`,
      [demoSlug],
    );
    return questions.rows.map((row) => row.prompt);
  });

  // From the consultation's queue, by its link.
  await visit(page, guard, `/facilitate/${demoSlug}`);
  await leaveBy(guard, page.getByRole("navigation", { name: w("queue.toolsLabel") }).getByRole("link", { name: w("inPerson.title") }));
  await expect(page.getByRole("heading", { level: 1, name: w("inPerson.title") })).toBeVisible();

  // Step 1: the session.
  await page.getByLabel(w("inPerson.fields.heldOn")).fill("2026-11-20");
  await page.getByRole("textbox", { name: w("inPerson.fields.place") }).fill(place);
  await page.getByRole("combobox", { name: w("inPerson.fields.language") }).selectOption("es");
  await page.getByRole("spinbutton", { name: w("inPerson.fields.peoplePresent") }).fill("9");
  await leaveBy(guard, page.getByRole("button", { name: w("inPerson.startSession") }));
  await expect(page.getByRole("status")).toHaveText(w("inPerson.notices.sessionStarted"));
  await expect(page.getByRole("heading", { name: w("inPerson.speakerHeading") })).toBeVisible();

  // Speaker 1: oral consent, (a), one answer.
  await page.getByRole("radio", { name: w("inPerson.basis.oral") }).check();
  await page.getByRole("textbox", { name: w("inPerson.fields.consentReference") }).fill("Heard by facilitator 2");
  await page.getByRole("checkbox", { name: w("inPerson.choices.useInSummaries") }).check();
  await page.getByRole("textbox", { name: prompts[0]! }).fill("Que las escuelas escuchen.");
  await leaveBy(guard, page.getByRole("button", { name: w("inPerson.saveAndAnother") }));
  await expect(page.getByRole("status")).toHaveText(w("inPerson.notices.speakerSaved"));
  // A fresh, empty form for the next speaker.
  await expect(page.getByRole("textbox", { name: prompts[0]! })).toHaveValue("");

  // Speaker 2: written consent, but (a) forgotten: refused, everything typed kept.
  await page.getByRole("radio", { name: w("inPerson.basis.written") }).check();
  await page.getByRole("textbox", { name: w("inPerson.fields.consentReference") }).fill("Form 7");
  await page.getByRole("checkbox", { name: w("inPerson.choices.draftersMayQuote") }).check();
  await page.getByRole("textbox", { name: prompts[1]! }).fill("Refugios cerca de casa.");
  await leaveBy(guard, page.getByRole("button", { name: w("inPerson.saveAndFinish") }));
  await expect(page.getByRole("alert")).toContainText(w("inPerson.errors.summariesNeeded"));
  await expect(page.getByRole("textbox", { name: prompts[1]! })).toHaveValue("Refugios cerca de casa.");
  await expect(page.getByRole("textbox", { name: w("inPerson.fields.consentReference") })).toHaveValue("Form 7");
  await expect(page.getByRole("radio", { name: w("inPerson.basis.written") })).toBeChecked();
  await page.getByRole("checkbox", { name: w("inPerson.choices.useInSummaries") }).check();
  await leaveBy(guard, page.getByRole("button", { name: w("inPerson.saveAndFinish") }));
  await expect(page.getByRole("status")).toHaveText(w("inPerson.notices.finished"));

  // The sessions table counts both speakers.
  const row = page.getByRole("row").filter({ hasText: place });
  await expect(row.getByRole("cell").nth(4)).toHaveText("2");

  const rows = await withDatabase(async (client) => {
    const result = await client.query<{ kind: string; status: string; consentBasis: string; participantId: string | null; consentReferenceCipher: string }>(
      `SELECT s."kind"::text AS "kind", s."status"::text AS "status", s."consentBasis"::text AS "consentBasis", s."participantId", s."consentReferenceCipher"
       FROM "Submission" s JOIN "InPersonSession" p ON p."id" = s."inPersonSessionId" WHERE p."place" = $1 ORDER BY s."consentBasis"`,
      [place],
    );
    return result.rows;
  });
  expect(rows).toHaveLength(2);
  expect(rows.map((entry) => entry.consentBasis)).toEqual(["oral", "written"]);
  for (const entry of rows) {
    expect(entry).toMatchObject({ kind: "in_person", status: "received", participantId: null });
    expect(entry.consentReferenceCipher).not.toMatch(/Form 7|facilitator 2/);
  }
});
