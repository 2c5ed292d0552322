/**
 * Issue 10, setting up and editing a consultation, over HTTP as a browser
 * without JavaScript: bugs 3, 5, 7 and 8, the confirmation pages before
 * risky changes, each question and principle on its own page with the
 * source text beside the field, and one audit event per staff write.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/modules/db/db.server";
import en from "../../locales/en/consultations.json";
import workspace from "../../locales/en/workspace.json";
import { createWorld, type World } from "../support/actors";
import { send, startTestServer, type TestServer } from "../support/http-app";

let server: TestServer;
let world: World;
let admin: string;
beforeAll(async () => {
  server = await startTestServer();
  world = await createWorld();
  admin = world.cookies.adminOfHost!;
});
afterAll(async () => server?.close());

/** Text of the page without markup, with the few entities React writes decoded. */
function visibleText(body: string): string {
  return body
    .replace(/<script[\s\S]*?<\/script>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

const auditCount = () => getDb().auditEvent.count();

/** A draft consultation of the host organisation, in English and Spanish, with a one-principle draft. */
async function draftConsultation(slug: string, title: string) {
  const db = getDb();
  const document = await db.draftDocument.create({
    data: {
      slug: `${slug}-draft`,
      title: "Draft",
      organisationId: world.hostOrganisationId,
      versions: {
        create: { number: 1, principles: { create: { number: 1, theme: "prevention", translations: { create: { language: "en", title: "Recognise early signs" } } } } },
      },
    },
    select: { versions: { select: { id: true } } },
  });
  return db.consultation.create({
    data: {
      slug,
      languages: ["en", "es"],
      opensAt: new Date(Date.now() - 86_400_000),
      closesAt: new Date(Date.now() + 30 * 86_400_000),
      draftVersionId: document.versions[0]!.id,
      translations: { create: { language: "en", title, description: "What the principles should say.", whatHappens: "Facilitators read it." } },
      hosts: { create: { organisationId: world.hostOrganisationId, role: "lead", invitation: "accepted" } },
    },
  });
}

describe("bug 3: an answered consultation's questions keep their wording", () => {
  it("refuses rewording a question once there is input, with a message that points to a new question or version", async () => {
    const base = `/admin/consultations/${world.consultationSlug}/questions`;
    // The world's consultation has one contribution already.
    expect((await send(server, base, { cookie: admin, form: { theme: "recovery", kind: "free_text", language: "en", prompt: "What would help?" } })).status).toBe(303);
    const question = await getDb().question.findFirstOrThrow({ where: { consultation: { slug: world.consultationSlug } } });
    const reworded = await send(server, `${base}/${question.id}`, { cookie: admin, form: { language: "en", prompt: "What would help you most?" } });
    expect(reworded.status).toBe(400);
    expect(visibleText(reworded.body)).toContain(en.errors.questionFrozen);
    // What was typed comes back.
    expect(reworded.body).toContain("What would help you most?");
    const text = await getDb().questionTranslation.findFirstOrThrow({ where: { questionId: question.id, language: "en" } });
    expect(text.prompt).toBe("What would help?");
  });
});

describe("bug 5: the workspace headings name the consultation", () => {
  it("shows a draft consultation's title on /draft/:slug and /facilitate/:slug, not its slug", async () => {
    await draftConsultation("heading-draft", "Lima listening sessions");
    const drafter = world.cookies.drafterOfHost!;
    const facilitator = world.cookies.facilitatorOfHost!;
    const draftPage = await send(server, "/draft/heading-draft", { cookie: drafter });
    expect(draftPage.status).toBe(200);
    expect(draftPage.body).toMatch(/<h1[^>]*>Lima listening sessions<\/h1>/);
    const facilitatePage = await send(server, "/facilitate/heading-draft", { cookie: facilitator });
    expect(facilitatePage.body).toMatch(/<h1[^>]*>Lima listening sessions<\/h1>/);
  });
});

describe("bug 7: the readiness checklist and opening", () => {
  it("counts a language done only when everything is translated, lists what is missing, and opening asks first", async () => {
    const consultation = await draftConsultation("readiness-check", "Readiness check");
    const db = getDb();
    await db.question.create({
      data: { consultationId: consultation.id, theme: "prevention", kind: "free_text", position: 1, translations: { create: { language: "en", prompt: "What would prevent it?" } } },
    });
    // Only the Spanish title: the old checklist called Spanish done.
    await db.consultationTranslation.create({ data: { consultationId: consultation.id, language: "es", title: "Revisión" } });
    const base = "/admin/consultations/readiness-check";
    const page = visibleText((await send(server, base, { cookie: admin })).body);
    expect(page).toContain("English (en): everything translated");
    expect(page).toContain("Spanish (es): still missing");
    expect(page).toContain("principle 1");
    expect(page).toContain("the question “What would prevent it?”");

    // "Open consultation" is a link to a confirmation page; a direct post is refused.
    const direct = await send(server, base, { cookie: admin, form: { intent: "status", status: "open" } });
    expect(direct.status).toBe(400);
    expect(visibleText(direct.body)).toContain(en.errors.statusNeedsConfirmation);
    const confirm = await send(server, `${base}/status/open`, { cookie: admin });
    expect(confirm.status).toBe(200);
    expect(visibleText(confirm.body)).toContain("Not everything is translated yet in: Spanish (es)");
    expect((await db.consultation.findUniqueOrThrow({ where: { id: consultation.id } })).status).toBe("draft");
    const opened = await send(server, `${base}/status/open`, { cookie: admin, form: { confirm: "yes" } });
    expect(opened.status).toBe(303);
    expect((await db.consultation.findUniqueOrThrow({ where: { id: consultation.id } })).status).toBe("open");
  });
});

describe("bug 8: language codes", () => {
  const form = {
    slug: "language-check",
    title: "Language check",
    regionCity: "Durban",
    regionCountry: "South Africa",
    timeZone: "Africa/Johannesburg",
    opensOn: "2026-01-01",
    closesOn: "2036-12-31",
  };

  it("refuses an unknown code such as xx, keeping what was typed", async () => {
    const refused = await send(server, "/admin/consultations/new", { cookie: admin, form: { organisationId: world.hostOrganisationId, ...form, languages: "en, xx" } });
    expect(refused.status).toBe(400);
    expect(visibleText(refused.body)).toContain(en.errors.languagesUnknown);
    expect(refused.body).toContain('value="en, xx"');
  });

  it("accepts a content-only language the interface does not ship, such as Zulu", async () => {
    const created = await send(server, "/admin/consultations/new", { cookie: admin, form: { organisationId: world.hostOrganisationId, ...form, languages: "en, zu" } });
    expect(created.status).toBe(303);
    expect((await getDb().consultation.findUniqueOrThrow({ where: { slug: "language-check" } })).languages).toEqual(["en", "zu"]);
  });
});

describe("confirmations before risky changes", () => {
  it("archiving asks first on its own page", async () => {
    const consultation = await draftConsultation("archive-check", "Archive check");
    await getDb().consultation.update({ where: { id: consultation.id }, data: { status: "closed" } });
    const base = "/admin/consultations/archive-check";
    expect((await send(server, base, { cookie: admin, form: { intent: "status", status: "archived" } })).status).toBe(400);
    const page = await send(server, `${base}/status/archived`, { cookie: admin });
    expect(visibleText(page.body)).toContain(en.admin.confirm.archiveWhat);
    expect((await send(server, `${base}/status/archived`, { cookie: admin, form: { confirm: "yes" } })).status).toBe(303);
    expect((await getDb().consultation.findUniqueOrThrow({ where: { id: consultation.id } })).status).toBe("archived");
  });

  it("dropping a language that already has input asks first, and keeps every setting typed", async () => {
    const db = getDb();
    // The world's one contribution, written in Spanish for this test.
    const submission = await db.submission.findUniqueOrThrow({ where: { id: world.participantAContributionId } });
    await db.submission.update({ where: { id: submission.id }, data: { language: "es" } });
    const settings = {
      intent: "settings",
      regionCity: "Lima",
      regionCountry: "Peru",
      timeZone: "America/Lima",
      languages: "en",
      opensOn: "2026-01-01",
      closesOn: "2036-12-31",
      exitUrl: "https://www.bbc.co.uk/weather",
      disclosureThreshold: "5",
    };
    // The world's consultation, offered in Spanish too, drops it.
    await db.consultation.update({ where: { slug: world.consultationSlug }, data: { languages: ["en", "es"] } });
    const base = `/admin/consultations/${world.consultationSlug}`;
    const asked = await send(server, base, { cookie: admin, form: settings });
    expect(asked.status).toBe(409);
    expect(visibleText(asked.body)).toContain("People have already given input in Spanish (es)");
    expect(asked.body).toContain('name="confirmDroppedLanguages" value="es"');
    expect((await db.consultation.findUniqueOrThrow({ where: { slug: world.consultationSlug } })).languages).toEqual(["en", "es"]);
    const confirmed = await send(server, base, { cookie: admin, form: { ...settings, confirmDroppedLanguages: "es" } });
    expect(confirmed.status).toBe(303);
    expect((await db.consultation.findUniqueOrThrow({ where: { slug: world.consultationSlug } })).languages).toEqual(["en"]);
    await db.submission.update({ where: { id: submission.id }, data: { language: "en" } });
  });

  it("refuses a disclosure threshold below 3 with its message, keeping everything typed, and saves 3", async () => {
    const db = getDb();
    const base = `/admin/consultations/${world.consultationSlug}`;
    const settings = {
      intent: "settings",
      regionCity: "Kigali city",
      regionCountry: "Rwanda",
      timeZone: "Africa/Kigali",
      languages: "en",
      opensOn: "2026-01-01",
      closesOn: "2036-12-31",
      exitUrl: "https://www.bbc.co.uk/weather",
    };
    const refused = await send(server, base, { cookie: admin, form: { ...settings, disclosureThreshold: "2" } });
    expect(refused.status).toBe(400);
    expect(visibleText(refused.body)).toContain(workspace.disclosure.thresholdTooLow);
    expect(refused.body).toContain('value="Kigali city"');
    expect((await db.consultation.findUniqueOrThrow({ where: { slug: world.consultationSlug } })).disclosureThreshold).toBe(5);
    expect((await send(server, base, { cookie: admin, form: { ...settings, disclosureThreshold: "three" } })).status).toBe(400);
    expect((await send(server, base, { cookie: admin, form: { ...settings, disclosureThreshold: "3" } })).status).toBe(303);
    expect((await db.consultation.findUniqueOrThrow({ where: { slug: world.consultationSlug } })).disclosureThreshold).toBe(3);
    // The database refuses it too, whatever writes it.
    await expect(db.consultation.update({ where: { slug: world.consultationSlug }, data: { disclosureThreshold: 2 } })).rejects.toThrow();
    await db.consultation.update({ where: { slug: world.consultationSlug }, data: { disclosureThreshold: 5 } });
  });

  it("lets hosts choose the self-description dimensions (none by default), keeps the ticks on a refusal, and audits the change", async () => {
    const db = getDb();
    const base = `/admin/consultations/${world.consultationSlug}`;
    expect((await db.consultation.findUniqueOrThrow({ where: { slug: world.consultationSlug } })).selfDescriptionDimensions).toEqual([]);
    const page = await send(server, base, { cookie: admin });
    expect(visibleText(page.body)).toContain(workspace.selfDescription.settingsLegend);
    expect(page.body).not.toMatch(/name="selfDescription\.[a-zA-Z]+"[^>]*checked/);
    const settings = {
      intent: "settings",
      regionCity: "Kigali city",
      regionCountry: "Rwanda",
      timeZone: "Africa/Kigali",
      languages: "en",
      opensOn: "2026-01-01",
      closesOn: "2036-12-31",
      exitUrl: "https://www.bbc.co.uk/weather",
      disclosureThreshold: "5",
      "selfDescription.disability": "on",
      "selfDescription.genderIdentity": "on",
    };
    const refused = await send(server, base, { cookie: admin, form: { ...settings, disclosureThreshold: "2" } });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatch(/name="selfDescription\.disability"[^>]*checked/);
    expect((await db.consultation.findUniqueOrThrow({ where: { slug: world.consultationSlug } })).selfDescriptionDimensions).toEqual([]);
    const auditsBefore = await db.auditEvent.count({ where: { action: "consultation.settings-changed" } });
    expect((await send(server, base, { cookie: admin, form: settings })).status).toBe(303);
    // Stored in the shipped order, whatever the form's.
    expect((await db.consultation.findUniqueOrThrow({ where: { slug: world.consultationSlug } })).selfDescriptionDimensions).toEqual([
      "genderIdentity",
      "disability",
    ]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "consultation.settings-changed" }, orderBy: { at: "desc" } });
    expect(await db.auditEvent.count({ where: { action: "consultation.settings-changed" } })).toBe(auditsBefore + 1);
    expect(JSON.stringify(audit.details)).toContain("selfDescriptionDimensions");
    const { "selfDescription.disability": _d, "selfDescription.genderIdentity": _g, ...none } = settings;
    expect((await send(server, base, { cookie: admin, form: none })).status).toBe(303);
    expect((await db.consultation.findUniqueOrThrow({ where: { slug: world.consultationSlug } })).selfDescriptionDimensions).toEqual([]);
  });

  it("switching the draft version of an open consultation asks first", async () => {
    const consultation = await draftConsultation("switch-check", "Switch check");
    const db = getDb();
    await db.consultation.update({ where: { id: consultation.id }, data: { status: "open" } });
    const current = await db.draftVersion.findUniqueOrThrow({ where: { id: consultation.draftVersionId! } });
    const next = await db.draftVersion.create({ data: { documentId: current.documentId, number: 2 } });
    const base = "/admin/consultations/switch-check/principles";
    const direct = await send(server, base, { cookie: admin, form: { intent: "useVersion", versionId: next.id } });
    expect(direct.status).toBe(400);
    expect(visibleText(direct.body)).toContain(en.errors.switchNeedsConfirmation);
    const page = await send(server, `${base}/use?versionId=${next.id}`, { cookie: admin });
    expect(visibleText(page.body)).toContain(en.admin.confirm.switchWhatOpen);
    expect((await send(server, `${base}/use`, { cookie: admin, form: { versionId: next.id } })).status).toBe(303);
    expect((await db.consultation.findUniqueOrThrow({ where: { id: consultation.id } })).draftVersionId).toBe(next.id);
  });

  it("removing a question or a principle is a page of its own, then a post", async () => {
    const consultation = await draftConsultation("remove-check", "Remove check");
    const db = getDb();
    const question = await db.question.create({
      data: { consultationId: consultation.id, theme: "prevention", kind: "free_text", position: 1, translations: { create: { language: "en", prompt: "Anything else?" } } },
    });
    const base = "/admin/consultations/remove-check";
    const page = await send(server, `${base}/questions/${question.id}/remove`, { cookie: admin });
    expect(page.status).toBe(200);
    expect(visibleText(page.body)).toContain("Anything else?");
    expect(await db.question.count({ where: { id: question.id } })).toBe(1);
    expect((await send(server, `${base}/questions/${question.id}/remove`, { cookie: admin, form: { confirm: "yes" } })).status).toBe(303);
    expect(await db.question.count({ where: { id: question.id } })).toBe(0);

    const versionId = consultation.draftVersionId!;
    // A question about the principle: the page says how many stay behind (the number, not an empty placeholder).
    const principle = await db.draftPrinciple.findFirstOrThrow({ where: { versionId, number: 1 } });
    await db.question.create({
      data: { consultationId: consultation.id, theme: "prevention", kind: "free_text", position: 2, principleId: principle.id, translations: { create: { language: "en", prompt: "About principle 1?" } } },
    });
    const principlePage = await send(server, `${base}/principles/1/remove`, { cookie: admin });
    expect(visibleText(principlePage.body)).toContain("Recognise early signs");
    expect(visibleText(principlePage.body)).toContain(en.admin.confirm.removePrincipleQuestions.replace("{{number}}", "1"));
    expect((await send(server, `${base}/principles/1/remove`, { cookie: admin, form: { versionId, versionNumber: "1" } })).status).toBe(303);
    expect(await db.draftPrinciple.count({ where: { versionId } })).toBe(0);
  });
});

describe("each principle and question on its own page", () => {
  it("shows the source-language text beside the translation field", async () => {
    const consultation = await draftConsultation("pages-check", "Pages check");
    const base = "/admin/consultations/pages-check";
    const principle = await send(server, `${base}/principles/1?language=es`, { cookie: admin });
    expect(principle.status).toBe(200);
    expect(principle.body).toMatch(/<figure class="source-text">[\s\S]*?<div lang="en">Recognise early signs<\/div>/);
    const saved = await send(server, `${base}/principles/1`, {
      cookie: admin,
      form: { versionId: consultation.draftVersionId!, versionNumber: "1", theme: "prevention", language: "es", title: "Reconocer las señales" },
    });
    expect(saved.status).toBe(303);
    expect(saved.location).toBe(`${base}/principles/1?version=1&language=es`);
    // The English page has nothing beside its fields: it is the source.
    const english = await send(server, `${base}/principles/1?language=en`, { cookie: admin });
    expect(english.body).not.toContain('class="source-text"');
  });
});

describe("every consultation-manager write is audited in its own transaction", () => {
  it("records exactly one event, naming the acting admin, per write", async () => {
    const consultation = await draftConsultation("audit-check", "Audit check");
    const db = getDb();
    const base = "/admin/consultations/audit-check";
    const actorId = (await db.staffUser.findUniqueOrThrow({ where: { username: "admin-host" } })).id;
    const versionId = consultation.draftVersionId!;
    const writes: Array<{ action: string; path: string; form: () => Promise<Record<string, string>> }> = [
      { action: "consultation.text-saved", path: `${base}/texts`, form: async () => ({ intent: "text", language: "es", title: "Auditoría" }) },
      {
        action: "consultation.support-resource-added",
        path: `${base}/texts`,
        form: async () => ({ intent: "resource", language: "en", name: "Helpline", contact: "0800 000 000" }),
      },
      {
        action: "consultation.support-resource-removed",
        path: `${base}/texts`,
        form: async () => ({ intent: "removeResource", resourceId: (await db.supportResource.findFirstOrThrow({ where: { consultationId: consultation.id } })).id }),
      },
      {
        action: "draft.principle-saved",
        path: `${base}/principles`,
        form: async () => ({ intent: "principle", versionId, versionNumber: "1", number: "2", theme: "protection", language: "en", title: "Protect" }),
      },
      { action: "draft.principle-removed", path: `${base}/principles/2/remove`, form: async () => ({ versionId, versionNumber: "1" }) },
      { action: "question.added", path: `${base}/questions`, form: async () => ({ theme: "recovery", kind: "free_text", language: "en", prompt: "What helps?" }) },
      {
        action: "question.text-saved",
        path: `${base}/questions/QUESTION`,
        form: async () => ({ language: "es", prompt: "¿Qué ayuda?" }),
      },
      { action: "question.removed", path: `${base}/questions/QUESTION/remove`, form: async () => ({ confirm: "yes" }) },
    ];
    for (const write of writes) {
      const question = await db.question.findFirst({ where: { consultationId: consultation.id }, select: { id: true } });
      const before = await auditCount();
      const result = await send(server, write.path.replace("QUESTION", question?.id ?? "none"), { cookie: admin, form: await write.form() });
      expect(result.status, write.action).toBe(303);
      expect(await auditCount(), write.action).toBe(before + 1);
      const event = await db.auditEvent.findFirstOrThrow({ orderBy: { at: "desc" } });
      expect(event.action).toBe(write.action);
      expect(event.actorId).toBe(actorId);
      expect(event.organisationId).toBe(world.hostOrganisationId);
    }
  });
});
