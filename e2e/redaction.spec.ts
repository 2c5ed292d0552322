/**
 * Issue 11, redaction with JavaScript off: a participant sends an answer
 * that names someone and gives a phone number and an email; a facilitator of
 * a hosting organisation opens the item's redaction page, accepts all
 * suggestions, saves, and sees the placeholders in the text drafters read.
 *
 * The facilitator is the demo seed's, signed in by inserting a verified
 * session row as the other staff specs do.
 */
import { demoOrganisations, demoUsername } from "../app/modules/demo/demo-content";
import { withDatabase } from "./db";
import { signInDemoStaff } from "./staff-session";
import { expect, test, visit } from "./fixtures";
import { text } from "./locales";
import { contributionsOf, earlySignsPrompt, leave, startContribution } from "./participation-support";
import { demoSlug } from "./settings";

test.use({ javaScriptEnabled: false });

const answer = "My neighbour Rosa Díaz saw it. Call me on 300 123 4567 or write to rosa.d@correo.example.org.";

test("a facilitator accepts all suggestions and saves: drafters' text has the placeholders", async ({ page, context, guard, openPage }) => {
  await startContribution(page, guard);
  await page.getByLabel(earlySignsPrompt).fill(answer);
  await leave(guard, () => page.getByRole("button", { name: "Review and send" }).click());
  await leave(guard, () => page.getByRole("button", { name: "Submit my input" }).click());
  await expect(page.getByRole("heading", { level: 1, name: "Thank you. Your input was received" })).toBeVisible();
  const [sent] = (await contributionsOf(context)).filter((row) => row.status === "received");
  expect(sent).toBeDefined();

  const staff = await openPage({ javaScriptEnabled: false });
  await signInDemoStaff(staff.context(), demoUsername("facilitator", demoOrganisations[0]!));
  await visit(staff, guard, `/facilitate/${demoSlug}/${sent!.id}/redact`);
  await expect(staff.getByRole("heading", { level: 1, name: text("en", "workspace:redaction.title") })).toBeVisible();
  const suggestions = staff.getByRole("group", { name: text("en", "workspace:redaction.suggestionsLegend", { number: 1 }) });
  const suggestion = (kind: "name" | "phone" | "detail", words: string, source: "name" | "phone" | "email") =>
    suggestions.getByRole("checkbox", {
      name: text("en", "workspace:redaction.suggestionLabel", {
        kind: text("en", `workspace:redaction.kinds.${kind}`),
        words,
        source: text("en", `workspace:redaction.sources.${source}`),
      }),
      exact: true,
    });
  const all = [suggestion("name", "Rosa Díaz", "name"), suggestion("phone", "300 123 4567", "phone"), suggestion("detail", "rosa.d@correo.example.org", "email")];
  for (const box of all) await expect(box).not.toBeChecked();
  // Beside a name: also remember it for every other item (left unticked here).
  await expect(suggestions.getByRole("checkbox", { name: text("en", "workspace:redaction.rememberName", { words: "Rosa Díaz" }) })).not.toBeChecked();

  await leave(guard, () => staff.getByRole("button", { name: text("en", "workspace:redaction.acceptAll") }).click());
  for (const box of all) await expect(box).toBeChecked();
  await leave(guard, () => staff.getByRole("button", { name: text("en", "workspace:redaction.save") }).click());

  await expect(staff.getByText(text("en", "workspace:redaction.notices.saved"))).toBeVisible();
  await expect(staff.getByText("My neighbour [name] saw it. Call me on [phone] or write to [detail].", { exact: true })).toBeVisible();
  await expect(staff.getByText(text("en", "workspace:redaction.reviewed"))).toBeVisible();
  const spans = staff.getByRole("group", { name: text("en", "workspace:redaction.spansLegend", { number: 1 }) });
  // Three kept redactions, and beside the name the choice to remember it.
  await expect(spans.getByRole("checkbox")).toHaveCount(4);

  const stored = await withDatabase(async (client) => {
    const { rows } = await client.query<{ status: string; version: number }>(`SELECT "status"::text AS "status", "version" FROM "Submission" WHERE "id" = $1`, [sent!.id]);
    return rows[0];
  });
  expect(stored).toEqual({ status: "in_review", version: 1 });
});

test("a facilitator adds an emerging theme to the codebook, renames it, and finds both downloads", async ({ page, guard }) => {
  await signInDemoStaff(page.context(), demoUsername("facilitator", demoOrganisations[0]!));
  await visit(page, guard, `/facilitate/${demoSlug}/codebook`);
  await expect(page.getByRole("heading", { level: 1, name: text("en", "workspace:codebook.title") })).toBeVisible();
  await expect(page.getByRole("link", { name: text("en", "workspace:codebook.downloadCsv") })).toHaveAttribute("href", `/facilitate/${demoSlug}/codebook.csv`);
  await expect(page.getByRole("link", { name: text("en", "workspace:codebook.downloadQdc") })).toHaveAttribute("href", `/facilitate/${demoSlug}/codebook.qdc`);

  const name = `Access to land ${Date.now()}`;
  await page.getByLabel(text("en", "workspace:codebook.fields.name"), { exact: true }).fill(name);
  await page.getByLabel(text("en", "workspace:codebook.fields.description"), { exact: true }).fill("Losing land or a home");
  await leave(guard, () => page.getByRole("button", { name: text("en", "workspace:codebook.add") }).click());
  await expect(page.getByText(text("en", "workspace:codebook.notices.added"))).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name })).toBeVisible();

  await page.getByLabel(text("en", "workspace:codebook.fields.renameTheme", { name })).fill(`${name} and housing`);
  await leave(guard, () => page.getByRole("button", { name: text("en", "workspace:codebook.rename", { name }) }).click());
  await expect(page.getByRole("heading", { level: 3, name: `${name} and housing` })).toBeVisible();
  await expect(page.getByText(text("en", "workspace:codebook.answersTagged", { total: 0 })).first()).toBeVisible();
});
