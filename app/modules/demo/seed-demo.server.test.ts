/**
 * The demo seed on a real PostgreSQL (this file's own migrated database):
 * all or nothing, once only (also when two callers race), the promised
 * content, and staff credentials that actually work.
 * The tests run in order and share the database.
 */
import { describe, expect, it } from "vitest";
import { verifyPassphrase } from "~/modules/auth/passphrase.server";
import { openValue } from "~/modules/crypto/envelope.server";
import { getMasterKeyRing } from "~/modules/crypto/keys.server";
import { getDb } from "~/modules/db/db.server";
import { demoConsultation, demoLanguages } from "./demo-content";
import { hagueConsultation, hagueLanguages } from "./hague-demo-content";
import { countDemoRows, seedDemo, staffTotpContext, type DemoSeedResult } from "./seed-demo.server";
import { openDates } from "./write-demo-consultation.server";

const demoDates = (now: Date) => openDates(demoConsultation, now);
import { seedHagueDemo } from "./seed-hague-demo.server";

async function totalRows() {
  const db = getDb();
  const [organisations, staffUsers, memberships, consultations, principles, questions, auditEvents] =
    await Promise.all([
      db.organisation.count(),
      db.staffUser.count(),
      db.membership.count(),
      db.consultation.count(),
      db.draftPrinciple.count(),
      db.question.count(),
      db.auditEvent.count(),
    ]);
  return { organisations, staffUsers, memberships, consultations, principles, questions, auditEvents };
}

let seeded: DemoSeedResult | null = null;

describe("seedDemo", () => {
  it("leaves nothing behind when it fails before the commit", async () => {
    await expect(
      seedDemo(getDb(), {
        beforeCommit: async () => {
          throw new Error("could not save the credentials");
        },
      }),
    ).rejects.toThrow("could not save the credentials");

    expect(await totalRows()).toEqual({
      organisations: 0,
      staffUsers: 0,
      memberships: 0,
      consultations: 0,
      principles: 0,
      questions: 0,
      auditEvents: 0,
    });
  });

  it("seeds exactly once when two callers race", async () => {
    const results = await Promise.all([seedDemo(getDb()), seedDemo(getDb())]);
    const created = results.filter((result): result is DemoSeedResult => result !== null);
    expect(created).toHaveLength(1);
    seeded = created[0]!;
    expect(seeded.consultationSlug).toBe("bogota-2026");
    expect(seeded.logins).toHaveLength(6);
  });

  it("creates the demo consultation with its hosts, draft, questions, consent texts and staff", async () => {
    const counts = await countDemoRows(getDb());
    expect(counts).toMatchObject({
      organisations: 2,
      staffUsers: 6,
      memberships: 6,
      consultations: 1,
      consultationTranslations: 4,
      hosts: 2,
      principles: 12,
      principleTranslations: 48,
      consentTexts: 4,
      seededEvents: 1,
    });
    expect(counts.principlesByTheme).toEqual({ prevention: 3, protection: 3, participation: 3, recovery: 3 });
    for (const count of Object.values(counts.questionsByTheme)) {
      expect(count).toBeGreaterThanOrEqual(3);
      expect(count).toBeLessThanOrEqual(4);
    }
    expect(counts.questionTranslations).toBe(counts.questions * 4);

    const consultation = await getDb().consultation.findUniqueOrThrow({
      where: { slug: "bogota-2026" },
      include: {
        hosts: { include: { organisation: true } },
        consentTexts: true,
        supportResources: true,
        questions: { include: { options: { include: { translations: true } }, translations: true } },
        draftVersion: { include: { principles: { include: { translations: true } } } },
      },
    });
    expect(consultation.status).toBe("open");
    expect(consultation.languages).toEqual(["es", "en", "fr", "ar"]);
    expect(consultation.timeZone).toBe("America/Bogota");
    expect(consultation.opensAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect(consultation.closesAt.getTime()).toBeGreaterThan(Date.now());
    expect(consultation.hosts.map((host) => [host.role, host.invitation]).sort()).toEqual([
      ["cohost", "accepted"],
      ["lead", "accepted"],
    ]);
    expect(consultation.consentTexts.map((text) => [text.version, text.language]).sort()).toEqual(
      [...demoLanguages].sort().map((language) => [1, language]),
    );
    for (const language of ["es", "en"]) {
      expect(consultation.supportResources.filter((resource) => resource.language === language).length).toBeGreaterThanOrEqual(2);
    }

    const principles = consultation.draftVersion?.principles ?? [];
    expect(principles.every((principle) => principle.translations.length === 4)).toBe(true);
    const violent = principles.filter((principle) => principle.describesViolence).map((principle) => principle.number);
    expect(violent.length).toBeGreaterThanOrEqual(1);
    expect(violent.length).toBeLessThanOrEqual(2);

    const positions = consultation.questions.map((question) => question.position).sort((a, b) => a - b);
    expect(new Set(positions).size).toBe(positions.length);
    for (const theme of ["prevention", "protection", "participation", "recovery"] as const) {
      const stances = consultation.questions.filter((question) => question.theme === theme && question.kind === "stance");
      expect(stances.length).toBeGreaterThanOrEqual(1);
      // A stance question is about a principle of its own theme.
      for (const stance of stances) {
        expect(principles.find((principle) => principle.id === stance.principleId)?.theme).toBe(theme);
      }
    }
    const choice = consultation.questions.find((question) => question.kind === "multiple_choice");
    expect(choice?.options.length).toBeGreaterThanOrEqual(4);
    expect(choice?.options.length).toBeLessThanOrEqual(5);
    expect(choice?.options.every((option) => option.translations.length === 4)).toBe(true);
  });

  it("creates nothing the second time, and keeps the same credentials", async () => {
    const before = await totalRows();
    const staffBefore = await getDb().staffUser.findMany({ orderBy: { username: "asc" } });

    expect(await seedDemo(getDb())).toBeNull();

    expect(await totalRows()).toEqual(before);
    expect(await getDb().staffUser.findMany({ orderBy: { username: "asc" } })).toEqual(staffBefore);
  });

  it("gives every staff account a working passphrase and a sealed TOTP secret", async () => {
    expect(seeded).not.toBeNull();
    for (const login of seeded!.logins) {
      const user = await getDb().staffUser.findUniqueOrThrow({
        where: { username: login.username },
        include: { memberships: { include: { organisation: true } } },
      });
      expect(user.memberships.map((membership) => [membership.role, membership.organisation.name])).toEqual([
        [login.role, login.organisation],
      ]);
      expect(user.totpEnabledAt).not.toBeNull();
      expect(user.totpSecretCipher).not.toContain(login.totpSecret);
      expect(openValue(user.totpSecretCipher!, getMasterKeyRing(), staffTotpContext(user.id))).toBe(login.totpSecret);
      expect(login.totpSecret).toMatch(/^[A-Z2-7]{32}$/);
      expect(user.passphraseHash).not.toContain(login.passphrase);
      expect(await verifyPassphrase(user.passphraseHash, login.passphrase)).toBe(true);
    }
    const roles = seeded!.logins.map((login) => login.role).sort();
    expect(roles).toEqual(["admin", "admin", "drafter", "drafter", "facilitator", "facilitator"]);
  });

  it("records the seeding in the audit log without any credential", async () => {
    const events = await getDb().auditEvent.findMany({ where: { action: "demo.seeded" } });
    expect(events).toHaveLength(1);
    expect(events[0]?.actorKind).toBe("system");
    const stored = JSON.stringify({ ...events[0], id: String(events[0]?.id) });
    for (const login of seeded!.logins) {
      expect(stored).not.toContain(login.passphrase);
      expect(stored).not.toContain(login.totpSecret);
    }
  });
});

describe("demoDates", () => {
  it("keeps the content's dates when they already make the demo open", () => {
    const now = new Date("2026-12-01T12:00:00Z");
    expect(demoDates(now)).toEqual({ opensAt: demoConsultation.opensAt, closesAt: demoConsultation.closesAt });
  });

  it("moves them so the demo is open on any clock, for at least a year", () => {
    for (const now of [new Date("2025-03-01T00:00:00Z"), new Date("2031-06-15T00:00:00Z")]) {
      const { opensAt, closesAt } = demoDates(now);
      expect(opensAt.getTime()).toBeLessThanOrEqual(now.getTime());
      expect(closesAt.getTime() - now.getTime()).toBeGreaterThanOrEqual(365 * 24 * 60 * 60 * 1000);
    }
  });
});

describe("seedHagueDemo (the second demo: English, Persian, Dari, Pashto)", () => {
  it("creates an open consultation whose every text exists in its four languages, once", async () => {
    const db = getDb();
    const created = await seedHagueDemo(db);
    expect(created).not.toBeNull();
    const consultation = await db.consultation.findUniqueOrThrow({
      where: { slug: hagueConsultation.slug },
      include: {
        translations: true,
        hosts: { include: { organisation: true } },
        consentTexts: true,
        supportResources: true,
        questions: { include: { translations: true } },
        draftVersion: { include: { principles: { include: { translations: true } } } },
      },
    });
    expect(consultation.status).toBe("open");
    expect(consultation.languages).toEqual(["en", "fa", "fa-AF", "ps"]);
    expect(consultation.opensAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect(consultation.closesAt.getTime()).toBeGreaterThan(Date.now());
    const everyLanguage = [...hagueLanguages].sort();
    const languagesOf = (rows: { language: string }[]) => [...new Set(rows.map((row) => row.language))].sort();
    expect(languagesOf(consultation.translations)).toEqual(everyLanguage);
    expect(languagesOf(consultation.consentTexts)).toEqual(everyLanguage);
    for (const language of hagueLanguages) {
      expect(consultation.supportResources.filter((resource) => resource.language === language).length).toBeGreaterThanOrEqual(2);
    }
    const principles = consultation.draftVersion!.principles;
    expect(new Set(principles.map((principle) => principle.theme))).toEqual(new Set(["prevention", "protection", "participation", "recovery"]));
    for (const principle of principles) expect(languagesOf(principle.translations)).toEqual(everyLanguage);
    for (const question of consultation.questions) expect(languagesOf(question.translations)).toEqual(everyLanguage);
    expect(consultation.questions.some((question) => question.kind === "stance")).toBe(true);
    expect(consultation.hosts.map((host) => [host.role, host.organisation.slug]).sort()).toEqual([
      ["cohost", "hamdeli-network"],
      ["lead", "stichting-vrije-stemmen"],
    ]);
    // The Persian, Dari and Pashto texts are written in Arabic script, not left in English.
    for (const language of ["fa", "fa-AF", "ps"]) {
      const title = consultation.translations.find((row) => row.language === language)!.title;
      expect(title).toMatch(/[\u0600-\u06FF]/);
    }

    const before = await totalRows();
    expect(await seedHagueDemo(db)).toBeNull();
    expect(await totalRows()).toEqual(before);
  });

  it("leaves the Bogotá demo as it was", async () => {
    const bogota = await getDb().consultation.findUniqueOrThrow({ where: { slug: demoConsultation.slug } });
    expect(bogota.languages).toEqual([...demoLanguages]);
  });
});
