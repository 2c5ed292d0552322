/**
 * Acceptance 1, over HTTP as a browser without JavaScript would do it:
 * an organisation's admin creates a consultation in two languages, adds
 * draft principles under all four themes and questions, invites a co-host;
 * the co-host's admin accepts; the consultation opens; a participant
 * browsing in Spanish sees the Spanish texts and both hosts.
 *
 * Also the "bad input" rules of the forms: a taken address and dates in
 * the wrong order are refused with a translated message, 400, and what was
 * typed comes back.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createConsultation } from "~/modules/consultations/create-consultation.server";
import { getDb } from "~/modules/db/db.server";
import { signedInStaff } from "../support/actors";
import { send, startTestServer, type HttpResult, type TestServer } from "../support/http-app";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

/** The value of a hidden input on the page (what a browser would send back). */
function hiddenValue(page: HttpResult, name: string): string {
  const value = page.body.match(new RegExp(`name="${name}" value="([^"]+)"`))?.[1];
  if (!value) throw new Error(`no hidden ${name} on the page`);
  return value;
}

/** Text of the page without markup, with the few entities React writes decoded. */
function visibleText(page: HttpResult): string {
  return page.body
    .replace(/<script[\s\S]*?<\/script>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

const newConsultation = {
  slug: "winnipeg-2027",
  title: "Winnipeg regional consultation",
  description: "Tell us what the draft principles should say.",
  regionCity: "Winnipeg",
  regionCountry: "Canada",
  timeZone: "America/Winnipeg",
  languages: "en, es",
  opensOn: "2026-01-01",
  closesOn: "2036-12-31",
};

const principles = [
  { number: "1", theme: "prevention", en: "Recognise early warning signs", es: "Reconocer las señales de alerta temprana" },
  { number: "2", theme: "protection", en: "Protect people who speak out", es: "Proteger a quienes alzan la voz", violence: true },
  { number: "3", theme: "participation", en: "Survivors shape the response", es: "Las personas sobrevivientes orientan la respuesta" },
  { number: "4", theme: "recovery", en: "Reparation that restores dignity", es: "Una reparación que restituya la dignidad" },
];

describe("setting up a co-hosted consultation", () => {
  it("goes from an empty organisation to an open consultation a Spanish reader can find", async () => {
    const db = getDb();
    const lead = await db.organisation.create({ data: { slug: "prairie-womens-network", name: "Prairie Womens Network" } });
    const cohost = await db.organisation.create({ data: { slug: "red-andina", name: "Red Andina de Apoyo" } });
    const leadAdmin = await signedInStaff("lead-admin", [{ organisationId: lead.id, role: "admin" }]);
    const cohostAdmin = await signedInStaff("cohost-admin", [{ organisationId: cohost.id, role: "admin" }]);
    const cohostFacilitator = await signedInStaff("cohost-facilitator", [{ organisationId: cohost.id, role: "facilitator" }]);
    const base = `/admin/consultations/${newConsultation.slug}`;

    // The organisation's page leads to the new-consultation form.
    const orgPage = await send(server, `/admin/orgs/${lead.id}`, { cookie: leadAdmin });
    expect(orgPage.status).toBe(200);
    expect(orgPage.body).toContain(`href="/admin/consultations/new?org=${lead.id}"`);
    const form = await send(server, `/admin/consultations/new?org=${lead.id}`, { cookie: leadAdmin });
    expect(visibleText(form)).toContain("Create consultation");

    const created = await send(server, "/admin/consultations/new", {
      cookie: leadAdmin,
      form: { organisationId: lead.id, ...newConsultation },
    });
    expect(created.status).toBe(303);
    expect(created.location).toBe(base);
    const settings = await send(server, created.location!, { cookie: leadAdmin });
    expect(visibleText(settings)).toContain("Draft (not public)");
    // Dates are shown in the consultation's own zone.
    expect(visibleText(settings)).toContain("America/Winnipeg");

    // The Spanish texts.
    const spanish = await send(server, `${base}/texts`, {
      cookie: leadAdmin,
      form: {
        intent: "text",
        language: "es",
        title: "Consulta regional de Winnipeg",
        description: "Díganos qué deberían decir los principios.",
        whatHappens: "Las personas facilitadoras leen sus palabras y quitan los datos que identifican.",
      },
    });
    expect(spanish.status).toBe(303);

    // A draft document, then one principle per theme, in English and Spanish.
    expect((await send(server, `${base}/principles`, {
      cookie: leadAdmin,
      form: { intent: "startDocument", documentSlug: "winnipeg-draft", documentTitle: "Draft Principles (Winnipeg)" },
    })).status).toBe(303);
    const editor = await send(server, `${base}/principles`, { cookie: leadAdmin });
    const versionId = hiddenValue(editor, "versionId");
    for (const principle of principles) {
      for (const language of ["en", "es"] as const) {
        const saved = await send(server, `${base}/principles`, {
          cookie: leadAdmin,
          form: {
            intent: "principle",
            versionId,
            number: principle.number,
            theme: principle.theme,
            ...(principle.violence ? { describesViolence: "on" } : {}),
            language,
            title: principle[language],
            body: `${principle[language]}.`,
          },
        });
        expect(saved.status, `principle ${principle.number} in ${language}`).toBe(303);
      }
    }
    const filled = await send(server, `${base}/principles`, { cookie: leadAdmin });
    expect(visibleText(filled)).not.toContain("Translation missing");

    // Questions: a stance on principle 1, and a free-text question, each in both languages.
    expect((await send(server, `${base}/questions`, {
      cookie: leadAdmin,
      form: { intent: "add", theme: "prevention", kind: "stance", principleNumber: "1", language: "en", prompt: "How far do you agree with principle 1?" },
    })).status).toBe(303);
    expect((await send(server, `${base}/questions`, {
      cookie: leadAdmin,
      form: { intent: "add", theme: "recovery", kind: "free_text", principleNumber: "", language: "en", prompt: "What would help people recover?" },
    })).status).toBe(303);
    const questions = await db.question.findMany({ where: { consultation: { slug: newConsultation.slug } }, orderBy: { position: "asc" } });
    expect(questions.map((question) => question.kind)).toEqual(["stance", "free_text"]);
    const questionsPage = await send(server, `${base}/questions`, { cookie: leadAdmin });
    expect(visibleText(questionsPage)).toContain("Translation missing in: Spanish (es)");
    for (const [question, prompt] of [
      [questions[0]!, "¿Hasta qué punto está de acuerdo con el principio 1?"],
      [questions[1]!, "¿Qué ayudaría a las personas a recuperarse?"],
    ] as const) {
      // Each question is translated on its own page, with the English beside the field.
      const questionPage = await send(server, `${base}/questions/${question.id}?language=es`, { cookie: leadAdmin });
      expect(questionPage.body).toContain('class="source-text"');
      expect((await send(server, `${base}/questions/${question.id}`, {
        cookie: leadAdmin,
        form: { language: "es", prompt },
      })).status).toBe(303);
    }

    // The co-host is invited; until its admin accepts, its staff see nothing.
    expect((await send(server, `${base}/hosts`, { cookie: leadAdmin, form: { intent: "invite", organisationSlug: cohost.slug } })).status).toBe(303);
    expect((await send(server, `/facilitate/${newConsultation.slug}`, { cookie: cohostFacilitator })).status).toBe(404);
    const invitations = await send(server, "/admin/cohost-invitations", { cookie: cohostAdmin });
    expect(visibleText(invitations)).toContain("Winnipeg regional consultation");
    expect(visibleText(invitations)).toContain("Prairie Womens Network invites Red Andina de Apoyo to co-host");
    const accepted = await send(server, "/admin/cohost-invitations", {
      cookie: cohostAdmin,
      form: { hostId: hiddenValue(invitations, "hostId"), decision: "accept" },
    });
    expect(accepted.status).toBe(303);
    expect((await send(server, `/facilitate/${newConsultation.slug}`, { cookie: cohostFacilitator })).status).toBe(200);

    // Open it: the settings page links to a confirmation page, whose form opens it.
    expect((await send(server, base, { cookie: leadAdmin, form: { intent: "status", status: "open" } })).status).toBe(400);
    expect((await send(server, `${base}/status/open`, { cookie: leadAdmin })).status).toBe(200);
    const opened = await send(server, `${base}/status/open`, { cookie: leadAdmin, form: { confirm: "yes" } });
    expect(opened.status).toBe(303);
    expect((await db.consultation.findUniqueOrThrow({ where: { slug: newConsultation.slug } })).status).toBe("open");

    // A participant browsing in Spanish (the language form, as without JavaScript).
    const language = await send(server, "/language", { form: { language: "es", returnTo: "/" } });
    const spanishCookie = language.setCookies.map((cookie) => cookie.split(";")[0]).find((cookie) => cookie?.startsWith("lng="));
    expect(spanishCookie).toBeDefined();
    const home = visibleText(await send(server, "/", { cookie: spanishCookie }));
    expect(home).toContain("Consulta regional de Winnipeg");
    expect(home).toContain("Prairie Womens Network, Red Andina de Apoyo");
    const page = await send(server, `/c/${newConsultation.slug}`, { cookie: spanishCookie });
    expect(page.status).toBe(200);
    const text = visibleText(page);
    expect(text).toContain("Consulta regional de Winnipeg");
    expect(text).toContain("Díganos qué deberían decir los principios.");
    expect(text).toContain("Prairie Womens Network, Red Andina de Apoyo");
    expect(text).toContain("Las personas facilitadoras leen sus palabras");
    for (const principle of principles) expect(text).toContain(principle.es);
    for (const principle of principles) expect(text).not.toContain(principle.en);
    expect(text).not.toContain("Winnipeg regional consultation");
    expect(page.body).not.toContain("fallback-note");
    // The principle that describes violence sits behind a content note that works without JavaScript.
    expect(page.body).toMatch(/<details class="content-note"><summary>[^<]*2[^<]*<\/summary><strong lang="es">Proteger a quienes alzan la voz/);
    // Take part leads first to the quick-exit explanation (shown once per browser session).
    expect(page.body).toContain(`href="/c/${newConsultation.slug}/before-you-start"`);

    // Opening, accepting and inviting were logged, without any text.
    const actions = (await db.auditEvent.findMany({ where: { consultationId: questions[0]!.consultationId } })).map((event) => event.action);
    expect(actions).toEqual(expect.arrayContaining(["consultation.created", "consultation.cohost-invited", "consultation.cohost-accepted", "consultation.opened"]));
  }, 60_000);

  it("marks texts not yet translated as shown in the main language", async () => {
    const page = await send(server, `/c/${newConsultation.slug}`, { cookie: undefined });
    // English is a language of the consultation: no fallback. French is not: the main language shows, marked.
    const language = await send(server, "/language", { form: { language: "fr", returnTo: "/" } });
    const frenchCookie = language.setCookies.map((cookie) => cookie.split(";")[0]).find((cookie) => cookie?.startsWith("lng="));
    const french = await send(server, `/c/${newConsultation.slug}`, { cookie: frenchCookie });
    expect(page.status).toBe(200);
    expect(visibleText(page)).toContain("Winnipeg regional consultation");
    expect(french.body).toContain("fallback-note");
    expect(french.body).toContain('lang="en"');
  });
});

describe("consultation forms refuse bad input and keep what was typed", () => {
  let organisationId: string;
  let admin: string;
  beforeAll(async () => {
    organisationId = (await getDb().organisation.create({ data: { slug: "forms-org", name: "Forms organisation" } })).id;
    admin = await signedInStaff("forms-admin", [{ organisationId, role: "admin" }]);
    const staffUserId = (await getDb().staffUser.findUniqueOrThrow({ where: { username: "forms-admin" } })).id;
    await createConsultation({
      leadOrganisationId: organisationId,
      slug: "taken-address",
      title: "Already here",
      description: "",
      regionCity: "Hobart",
      regionCountry: "Australia",
      timeZone: "Australia/Hobart",
      languages: ["en"],
      opensAt: new Date("2030-01-01T00:00:00Z"),
      closesAt: new Date("2030-02-01T00:00:00Z"),
      actorId: staffUserId,
    });
  });

  it("refuses an address that exists", async () => {
    const taken = await send(server, "/admin/consultations/new", {
      cookie: admin,
      form: { organisationId, ...newConsultation, slug: "taken-address", title: "A second one with the same address" },
    });
    expect(taken.status).toBe(400);
    expect(visibleText(taken)).toContain("This address is already in use");
    expect(taken.body).toContain('value="A second one with the same address"');
    expect(taken.body).toContain('value="America/Winnipeg"');
  });

  it("refuses dates in the wrong order, and an unknown time zone", async () => {
    const reversed = await send(server, "/admin/consultations/new", {
      cookie: admin,
      form: { organisationId, ...newConsultation, slug: "reversed-dates", opensOn: "2027-03-01", closesOn: "2027-02-01" },
    });
    expect(reversed.status).toBe(400);
    expect(visibleText(reversed)).toContain("The closing date must come after the opening date.");
    expect(reversed.body).toContain('value="2027-03-01"');
    expect(reversed.body).toContain('value="reversed-dates"');
    const zone = await send(server, "/admin/consultations/new", {
      cookie: admin,
      form: { organisationId, ...newConsultation, slug: "bad-zone", timeZone: "Mars/Olympus" },
    });
    expect(zone.status).toBe(400);
    expect(visibleText(zone)).toContain("Enter a time zone such as America/Bogota");
    expect(zone.body).toContain('value="Mars/Olympus"');
    expect(await getDb().consultation.count({ where: { slug: { in: ["reversed-dates", "bad-zone"] } } })).toBe(0);
  });

  it("answers in the admin's language", async () => {
    const language = await send(server, "/language", { form: { language: "es", returnTo: "/" } });
    const spanish = language.setCookies.map((cookie) => cookie.split(";")[0]).find((cookie) => cookie?.startsWith("lng="));
    const reversed = await send(server, "/admin/consultations/new", {
      cookie: `${admin}; ${spanish}`,
      form: { organisationId, ...newConsultation, slug: "reversed-es", opensOn: "2027-03-01", closesOn: "2027-02-01" },
    });
    expect(reversed.status).toBe(400);
    expect(visibleText(reversed)).toContain("La fecha de cierre debe ser posterior a la fecha de apertura.");
  });
});
