/**
 * Issue 14 over HTTP: every interface language renders with the right
 * `<html lang dir>` (acceptance 1), only Arabic-script pages link a font
 * stylesheet, and the "awaiting review by a native speaker" mark reaches
 * organisation admins choosing a consultation's languages — never
 * participants.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { supportedLanguages } from "~/modules/i18n/config";
import { createWorld, type World } from "../support/actors";
import { send, startTestServer, type TestServer } from "../support/http-app";

const rightToLeft = ["ar", "fa", "fa-AF", "ps"];
const arabicScript: Record<string, RegExp> = { ar: /noto-naskh-arabic-[\w-]+\.css/, fa: /vazirmatn-[\w-]+\.css/, "fa-AF": /vazirmatn-[\w-]+\.css/, ps: /vazirmatn-[\w-]+\.css/ };
const fontStylesheet = /href="[^"]*(?:vazirmatn|noto-naskh)[^"]*\.css"/;

let server: TestServer;
let world: World;
beforeAll(async () => {
  server = await startTestServer();
  world = await createWorld();
});
afterAll(async () => server?.close());

async function awaitingReviewText(language: string): Promise<string> {
  const strings = (await import(`../../locales/${language}/workspace.json`)) as { default: { interfaceLanguages: { awaitingReview: string } } };
  return strings.default.interfaceLanguages.awaitingReview;
}

describe("the ten interface languages", () => {
  it("ships ten, four of them right-to-left", () => {
    expect(supportedLanguages).toHaveLength(10);
    expect(supportedLanguages.filter((language) => rightToLeft.includes(language))).toEqual(rightToLeft);
  });

  it.each([...supportedLanguages])("%s: <html lang dir> follows the language, and only Arabic-script pages link a font", async (language) => {
    const page = await send(server, `/?lng=${language}`);
    expect(page.status).toBe(200);
    const html = /<html[^>]*>/.exec(page.body)?.[0] ?? "";
    expect(html).toContain(`lang="${language}"`);
    expect(html).toContain(`dir="${rightToLeft.includes(language) ? "rtl" : "ltr"}"`);
    const font = arabicScript[language];
    if (font) expect(page.body).toMatch(font);
    else expect(page.body).not.toMatch(fontStylesheet);
  });

  it("keeps the chosen language from the cookie the /language form sets", async () => {
    const chosen = await send(server, "/language", { form: { language: "ps", returnTo: "/" } });
    expect(chosen.status).toBe(303);
    const cookie = chosen.setCookies.map((line) => line.split(";")[0]).join("; ");
    const page = await send(server, "/", { cookie });
    expect(/<html[^>]*>/.exec(page.body)?.[0]).toMatch(/lang="ps" dir="rtl"/);
  });
});

describe("awaiting review by a native speaker", () => {
  it("is shown to an organisation admin beside each new language where consultation languages are chosen", async () => {
    const mark = await awaitingReviewText("en");
    const form = await send(server, `/admin/consultations/new?org=${world.hostOrganisationId}`, { cookie: world.cookies.adminOfHost });
    expect(form.status).toBe(200);
    const items = [...form.body.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((match) => match[1] ?? "");
    const persian = items.find((item) => item.includes("(<!-- -->fa<!-- -->)") || item.includes("(fa)"));
    expect(persian, "a list item for Persian").toBeDefined();
    expect(persian).toContain(mark);
    const spanish = items.find((item) => item.includes("(<!-- -->es<!-- -->)") || item.includes("(es)"));
    expect(spanish).toBeDefined();
    expect(spanish).not.toContain(mark);
    const settings = await send(server, `/admin/consultations/${world.consultationSlug}`, { cookie: world.cookies.adminOfHost });
    expect(settings.status).toBe(200);
    expect(settings.body).toContain(mark);
  });

  it("is never shown to participants, in any language", async () => {
    for (const language of supportedLanguages) {
      const mark = await awaitingReviewText(language);
      for (const path of ["/", `/c/${world.consultationSlug}`, "/me"]) {
        const page = await send(server, `${path}?lng=${language}`, { cookie: world.cookies.participantA });
        expect(page.status, `${path} in ${language}`).toBe(200);
        expect(page.body, `${path} in ${language}`).not.toContain(mark);
      }
    }
  });
});
