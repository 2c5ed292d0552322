/**
 * Acceptance 1 in Chromium: an organisation's admin creates a consultation
 * in two languages, adds draft principles under all four themes and a
 * question, invites a co-host organisation; the co-host's admin accepts; the
 * consultation opens; a participant browsing in Spanish sees the Spanish
 * texts and both hosts. (tests/http/consultation-setup.test.ts takes the
 * same steps over HTTP, as a browser without JavaScript would.)
 *
 * Staff are signed in by inserting a verified session row, as
 * exit-session.spec.ts does; signing in itself is tested elsewhere.
 *
 * JavaScript is off: every form is a plain post and a full page load (the
 * path the app must support anyway), so each step waits on a real navigation.
 */
import { randomBytes, randomUUID } from "node:crypto";
import type { Locator, Page } from "@playwright/test";
import { withDatabase } from "./db";
import { signInStaff } from "./staff-session";
import { expect, test, visit, type Guard } from "./fixtures";
import { text } from "./locales";

/** An organisation and one signed-in admin of it; returns the organisation's slug and the admin's id. */
async function organisationWithAdmin(name: string, slug: string): Promise<{ slug: string; staffUserId: string }> {
  const organisationId = randomUUID();
  const staffUserId = randomUUID();
  await withDatabase(async (client) => {
    await client.query(`INSERT INTO "Organisation" ("id", "slug", "name") VALUES ($1, $2, $3)`, [organisationId, slug, name]);
    await client.query(
      `INSERT INTO "StaffUser" ("id", "username", "passphraseHash", "totpEnabledAt") VALUES ($1, $2, 'not-used-by-this-test', now())`,
      [staffUserId, `admin-${slug}`],
    );
    await client.query(`INSERT INTO "Membership" ("id", "staffUserId", "organisationId", "role") VALUES ($1, $2, $3, 'admin')`, [
      randomUUID(),
      staffUserId,
      organisationId,
    ]);
  });
  return { slug, staffUserId };
}

/** Clicks something that leaves the page, after the page's accessibility audit has run. */
async function leaveBy(guard: Guard, control: Locator) {
  await guard.settled();
  await control.click();
}

const principles = [
  { number: "1", theme: "Prevention", en: "Recognise early warning signs", es: "Reconocer las señales de alerta temprana" },
  { number: "2", theme: "Protection", en: "Protect people who speak out", es: "Proteger a quienes alzan la voz", violence: true },
  { number: "3", theme: "Participation", en: "Survivors shape the response", es: "Las personas sobrevivientes orientan la respuesta" },
  { number: "4", theme: "Relief and recovery", en: "Reparation that restores dignity", es: "Una reparación que restituya la dignidad" },
];

async function savePrinciple(page: Page, guard: Guard, principle: (typeof principles)[number], language: "en" | "es") {
  const form = page.getByRole("region", { name: /Add or change a principle/ });
  await form.getByRole("spinbutton", { name: "Principle number" }).fill(principle.number);
  await form.getByRole("combobox", { name: "Theme" }).selectOption({ label: principle.theme });
  const note = form.getByRole("checkbox", { name: /describes violence/ });
  if (principle.violence) await note.check();
  else await note.uncheck();
  await form.getByRole("combobox", { name: "Language" }).selectOption(language);
  await form.getByRole("textbox", { name: "Principle title" }).fill(principle[language]);
  await form.getByRole("textbox", { name: "Principle text" }).fill(`${principle[language]}.`);
  await leaveBy(guard, form.getByRole("button", { name: "Save principle" }));
  await expect(page.getByRole("status")).toHaveText("Principle saved.");
}

test.use({ javaScriptEnabled: false });

test("an admin sets up a co-hosted consultation that a Spanish reader then finds", async ({ page, context, guard, openPage }) => {
  test.setTimeout(120_000);
  const suffix = randomBytes(3).toString("hex");
  const slug = `e2e-winnipeg-${suffix}`;
  // Titles unique per run too: the e2e database outlives a run.
  const runTag = suffix;
  const leadName = `Prairie Network ${suffix}`;
  const cohostName = `Red Andina ${suffix}`;
  const lead = await organisationWithAdmin(leadName, `prairie-${suffix}`);
  const cohost = await organisationWithAdmin(cohostName, `red-andina-${suffix}`);
  await signInStaff(context, lead.staffUserId);

  // Create the consultation (English first, then Spanish).
  await visit(page, guard, "/admin");
  await leaveBy(guard, page.getByRole("main").getByRole("link", { name: "New consultation" }));
  await expect(page.getByRole("heading", { level: 1, name: "New consultation" })).toBeVisible();
  await page.getByRole("combobox", { name: "Lead organisation" }).selectOption({ label: leadName });
  await page.getByRole("textbox", { name: "Web address" }).fill(slug);
  await page.getByRole("textbox", { name: "Title" }).fill(`Winnipeg regional consultation ${runTag}`);
  await page.getByRole("textbox", { name: "Description" }).fill("Tell us what the draft principles should say.");
  await page.getByRole("textbox", { name: "City" }).fill("Winnipeg");
  await page.getByRole("textbox", { name: "Country" }).fill("Canada");
  await page.getByRole("combobox", { name: "Time zone" }).fill("America/Winnipeg");
  await page.getByRole("textbox", { name: "Languages offered" }).fill("en, es");
  await page.getByLabel("Opens on").fill("2020-01-01");
  await page.getByLabel("Closes on").fill("2099-12-31");
  await leaveBy(guard, page.getByRole("button", { name: "Create consultation" }));
  await expect(page).toHaveURL(`/admin/consultations/${slug}`);
  await expect(page.getByText("Status: Draft (not public)")).toBeVisible();

  // The Spanish texts.
  await leaveBy(guard, page.getByRole("navigation", { name: "Consultation settings" }).getByRole("link", { name: "Texts and support" }));
  const spanish = page.getByRole("region", { name: "Spanish (es)" });
  await spanish.getByRole("textbox", { name: "Title in Spanish (es)" }).fill(`Consulta regional de Winnipeg ${runTag}`);
  await spanish.getByRole("textbox", { name: "Description in Spanish (es)" }).fill("Díganos qué deberían decir los principios.");
  await leaveBy(guard, spanish.getByRole("button", { name: "Save texts in Spanish (es)" }));
  await expect(page.getByRole("status")).toHaveText("Texts saved.");

  // A draft document with one principle under each theme, in both languages.
  await leaveBy(guard, page.getByRole("navigation", { name: "Consultation settings" }).getByRole("link", { name: "Draft principles" }));
  await page.getByRole("textbox", { name: "Document address" }).fill(`winnipeg-draft-${suffix}`);
  await page.getByRole("textbox", { name: "Document title" }).fill("Draft Principles (Winnipeg)");
  await leaveBy(guard, page.getByRole("button", { name: "Start draft document" }));
  await expect(page.getByRole("status")).toHaveText("Draft document started. Add its principles below.");
  for (const principle of principles) {
    await savePrinciple(page, guard, principle, "en");
    await savePrinciple(page, guard, principle, "es");
  }
  await expect(page.getByText(/Translation missing/)).toHaveCount(0);

  // A stance question on principle 1, in English, then translated.
  await leaveBy(guard, page.getByRole("navigation", { name: "Consultation settings" }).getByRole("link", { name: "Questions" }));
  const add = page.getByRole("region", { name: "Add a question" });
  await add.getByRole("combobox", { name: "Theme" }).selectOption({ label: "Prevention" });
  await add.getByRole("combobox", { name: "Kind of question" }).selectOption("stance");
  await add.getByRole("combobox", { name: "Principle (optional)" }).selectOption("1");
  await add.getByRole("combobox", { name: "Language" }).selectOption("en");
  await add.getByRole("textbox", { name: "Question" }).fill("How far do you agree with principle 1?");
  await leaveBy(guard, add.getByRole("button", { name: "Add question" }));
  await expect(page.getByRole("status")).toHaveText("Question added.");
  // Each question is translated on its own page, with the English beside the field.
  await leaveBy(guard, page.getByRole("link", { name: "Translate or edit in Spanish (es)" }));
  await expect(page.getByRole("figure").first()).toContainText("How far do you agree with principle 1?");
  await page.getByRole("textbox", { name: "Question" }).fill("¿Hasta qué punto está de acuerdo con el principio 1?");
  await leaveBy(guard, page.getByRole("button", { name: "Save translation" }));
  await expect(page.getByRole("status")).toHaveText("Translation saved.");

  // Invite the co-host by its address.
  await leaveBy(guard, page.getByRole("navigation", { name: "Consultation settings" }).getByRole("link", { name: "Hosts" }));
  await page.getByRole("textbox", { name: "Organisation's address" }).fill(cohost.slug);
  await leaveBy(guard, page.getByRole("button", { name: "Invite co-host" }));
  await expect(page.getByRole("status")).toContainText("Invitation sent.");

  // The co-host's admin accepts, in a browser of their own.
  const cohostPage = await openPage();
  await signInStaff(cohostPage.context(), cohost.staffUserId);
  await visit(cohostPage, guard, "/admin/cohost-invitations");
  await leaveBy(guard, cohostPage.getByRole("button", { name: `Accept: Winnipeg regional consultation ${runTag}` }));
  await expect(cohostPage.getByRole("status")).toContainText("Invitation accepted.");

  // The lead opens the consultation.
  await leaveBy(guard, page.getByRole("navigation", { name: "Consultation settings" }).getByRole("link", { name: "Settings" }));
  // Opening asks first, on a page of its own.
  await leaveBy(guard, page.getByRole("main").getByRole("link", { name: "Open consultation", exact: true }));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Open");
  await leaveBy(guard, page.getByRole("button", { name: "Open consultation" }));
  await expect(page.getByText("Status: Open")).toBeVisible();

  // A participant whose browser asks for Spanish.
  const reader = await openPage({ locale: "es-ES" });
  await visit(reader, guard, "/");
  const link = reader.getByRole("main").getByRole("link", { name: `Consulta regional de Winnipeg ${runTag}` });
  await expect(link).toBeVisible();
  await leaveBy(guard, link);
  await expect(reader).toHaveURL(`/c/${slug}`);
  await guard.settled();
  await expect(reader.getByRole("heading", { level: 1, name: `Consulta regional de Winnipeg ${runTag}` })).toBeVisible();
  await expect(reader.getByText(`${leadName}, ${cohostName}`)).toBeVisible();
  for (const principle of principles.filter((item) => !item.violence)) {
    await expect(reader.getByText(principle.es, { exact: true })).toBeVisible();
  }
  // The principle that describes violence stays closed behind its content note until the reader opens it.
  const violent = principles.find((item) => item.violence)!;
  await expect(reader.getByText(violent.es, { exact: true })).toBeHidden();
  await reader.getByText(/Aviso de contenido: el principio 2/).click();
  await expect(reader.getByText(violent.es, { exact: true })).toBeVisible();
  // A first-time reader meets the quick-exit explanation before consent.
  await expect(reader.getByRole("link", { name: text("es", "consultations:public.takePartWithout") })).toHaveAttribute(
    "href",
    `/c/${slug}/before-you-start`,
  );
  // With an account: /join first, then back to the same way in.
  await expect(reader.getByRole("link", { name: text("es", "consultations:public.takePartWith") })).toHaveAttribute(
    "href",
    `/join?returnTo=${encodeURIComponent(`/c/${slug}/before-you-start`)}`,
  );
});
