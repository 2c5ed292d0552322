import { demoSlug } from "./settings";
import { expect, test, visit } from "./fixtures";

test("the home page lists the demo consultation, which opens from its link", async ({ page, guard }) => {
  const response = await visit(page, guard, "/");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Have your say on the draft principles" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Skip to main content" })).toHaveAttribute("href", "#main");
  await expect(page.getByRole("button", { name: "Quick exit" })).toBeVisible();

  const consultationLink = page.getByRole("main").getByRole("link").and(page.locator(`[href="/c/${demoSlug}"]`));
  await expect(consultationLink).toHaveCount(1);
  await expect(consultationLink).toHaveAccessibleName(/\S/);
  const title = (await consultationLink.textContent())?.trim() ?? "";

  await consultationLink.click();
  await expect(page).toHaveURL(`/c/${demoSlug}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
});

test("/healthz answers 200 with body ok", async ({ request }) => {
  const response = await request.get("/healthz");
  expect(response.status()).toBe(200);
  expect(await response.text()).toBe("ok");
  expect(response.headers()["content-type"]).toMatch(/^text\/plain/);
});
