/**
 * Seeds the demo consultation (Bogotá) with its hosts, draft principles,
 * questions, consent text, support resources and six staff accounts.
 *
 * - Idempotent: nothing happens when the demo consultation's slug exists, so
 *   restarts neither duplicate rows nor rotate the demo credentials.
 * - Atomic: every row is written in one interactive transaction; a failure
 *   (including one in `beforeCommit`) leaves nothing behind.
 * - Safe when two processes start at once: the transaction takes a
 *   transaction-scoped advisory lock and checks for the slug again under it,
 *   so the second one waits, finds the consultation and does nothing.
 *
 * Passphrases are stored only as argon2id hashes and TOTP secrets only
 * sealed under the master key; the plaintext credentials are returned once
 * to the caller (the start script writes them to a file readable by the
 * owner only).
 */
import { randomBytes, randomUUID } from "node:crypto";
import { encodeBase32LowerCaseNoPadding, encodeBase32UpperCaseNoPadding } from "@oslojs/encoding";
import type { PrismaClient } from "~/generated/prisma/client";
import type { StaffRole, Theme } from "~/generated/prisma/enums";
import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { hashPassphrase } from "~/modules/auth/passphrase.server";
import { sealValue, type MasterKeyRing } from "~/modules/crypto/envelope.server";
import { getMasterKeyRing } from "~/modules/crypto/keys.server";
import {
  demoConsentText,
  demoConsultation,
  demoDraftDocument,
  demoLanguages,
  demoOrganisations,
  demoPrinciples,
  demoQuestions,
  demoStaffRoles,
  demoSupportResources,
  demoUsername,
} from "./demo-content";

export type DemoLogin = {
  username: string;
  role: StaffRole;
  organisation: string;
  passphrase: string;
  /** Base32 (RFC 4648, upper case, no padding), as authenticator apps expect. */
  totpSecret: string;
};

export type DemoSeedResult = {
  consultationId: string;
  consultationSlug: string;
  logins: DemoLogin[];
};

export type SeedDemoOptions = {
  /** Defaults to the master keys from the environment. */
  keyRing?: MasterKeyRing;
  /** Used to keep the demo open whatever the clock says. */
  now?: Date;
  /**
   * Runs inside the transaction after every row is written and before the
   * commit: if it throws, nothing is seeded. Used to save the credentials
   * before they could be lost to a crash after the commit.
   */
  beforeCommit?: (result: DemoSeedResult) => Promise<void>;
};

/** Context a staff user's sealed TOTP secret is bound to (see envelope.server). */
export function staffTotpContext(staffUserId: string): string {
  return `staff-totp:${staffUserId}`;
}

/** 120 random bits as six groups of four base32 letters and digits, e.g. "k3jd-8fqa-…". */
export function generateDemoPassphrase(): string {
  const characters = encodeBase32LowerCaseNoPadding(randomBytes(15));
  return characters.match(/.{4}/g)!.join("-");
}

/** 20 random bytes (160 bits, RFC 4226's recommended length), base32 encoded. */
export function generateTotpSecret(): string {
  return encodeBase32UpperCaseNoPadding(randomBytes(20));
}

export async function isDemoSeeded(db: PrismaClient): Promise<boolean> {
  const found = await db.consultation.findUnique({ where: { slug: demoConsultation.slug }, select: { id: true } });
  return found !== null;
}

const dayInMs = 24 * 60 * 60 * 1000;

/** The content's dates, moved if needed so the demo is open at seeding time and for a year after. */
export function demoDates(now: Date): { opensAt: Date; closesAt: Date } {
  const opensAt =
    demoConsultation.opensAt.getTime() <= now.getTime() ? demoConsultation.opensAt : new Date(now.getTime() - dayInMs);
  const earliestClose = now.getTime() + 365 * dayInMs;
  const closesAt =
    demoConsultation.closesAt.getTime() >= earliestClose ? demoConsultation.closesAt : new Date(earliestClose);
  return { opensAt, closesAt };
}

type PreparedStaff = DemoLogin & {
  id: string;
  organisationId: string;
  displayName: string;
  passphraseHash: string;
  totpSecretCipher: string;
};

/** Slow work (argon2id, sealing) done before the transaction opens, so the transaction stays short. */
async function prepareStaff(organisationIds: readonly string[], ring: MasterKeyRing): Promise<PreparedStaff[]> {
  const prepared: PreparedStaff[] = [];
  for (const [index, organisation] of demoOrganisations.entries()) {
    for (const role of demoStaffRoles) {
      const id = randomUUID();
      const passphrase = generateDemoPassphrase();
      const totpSecret = generateTotpSecret();
      prepared.push({
        id,
        organisationId: organisationIds[index]!,
        username: demoUsername(role, organisation),
        displayName: `Demo ${role} (${organisation.name})`,
        role,
        organisation: organisation.name,
        passphrase,
        totpSecret,
        passphraseHash: await hashPassphrase(passphrase),
        totpSecretCipher: sealValue(totpSecret, ring, staffTotpContext(id)),
      });
    }
  }
  return prepared;
}

/**
 * Creates the demo once. Returns the new staff credentials, or null when the
 * demo consultation already exists (then nothing was written).
 */
export async function seedDemo(db: PrismaClient, options: SeedDemoOptions = {}): Promise<DemoSeedResult | null> {
  if (await isDemoSeeded(db)) return null;

  const ring = options.keyRing ?? getMasterKeyRing();
  const now = options.now ?? new Date();
  const { opensAt, closesAt } = demoDates(now);

  const organisationIds = demoOrganisations.map(() => randomUUID());
  const staff = await prepareStaff(organisationIds, ring);
  const consultationId = randomUUID();
  const documentId = randomUUID();
  const versionId = randomUUID();
  const principleIds = new Map(demoPrinciples.map((principle) => [principle.number, randomUUID()]));
  const questions = demoQuestions.map((question, index) => ({
    ...question,
    id: randomUUID(),
    position: index + 1,
    optionIds: (question.options ?? []).map(() => randomUUID()),
  }));

  const result: DemoSeedResult = {
    consultationId,
    consultationSlug: demoConsultation.slug,
    logins: staff.map(({ username, role, organisation, passphrase, totpSecret }) => ({
      username,
      role,
      organisation,
      passphrase,
      totpSecret,
    })),
  };

  return db.$transaction(
    async (tx) => {
      // Serialise concurrent seeders, then re-check under the lock.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('convene:demo-seed'))`;
      const existing = await tx.consultation.findUnique({
        where: { slug: demoConsultation.slug },
        select: { id: true },
      });
      if (existing) return null;

      await tx.organisation.createMany({
        data: demoOrganisations.map((organisation, index) => ({
          id: organisationIds[index]!,
          slug: organisation.slug,
          name: organisation.name,
          description: organisation.description,
          region: organisation.region,
          supportContact: organisation.supportContact,
        })),
      });

      await tx.staffUser.createMany({
        data: staff.map((member) => ({
          id: member.id,
          username: member.username,
          displayName: member.displayName,
          passphraseHash: member.passphraseHash,
          totpSecretCipher: member.totpSecretCipher,
          totpEnabledAt: now,
        })),
      });
      await tx.membership.createMany({
        data: staff.map((member) => ({
          staffUserId: member.id,
          organisationId: member.organisationId,
          role: member.role,
        })),
      });

      await tx.draftDocument.create({
        data: {
          id: documentId,
          slug: demoDraftDocument.slug,
          title: demoDraftDocument.title,
          organisationId: organisationIds[0]!,
          versions: { create: { id: versionId, number: demoDraftDocument.versionNumber } },
        },
      });
      await tx.draftPrinciple.createMany({
        data: demoPrinciples.map((principle) => ({
          id: principleIds.get(principle.number)!,
          versionId,
          number: principle.number,
          theme: principle.theme,
          describesViolence: principle.describesViolence,
        })),
      });
      await tx.draftPrincipleTranslation.createMany({
        data: demoPrinciples.flatMap((principle) =>
          demoLanguages.map((language) => ({
            principleId: principleIds.get(principle.number)!,
            language,
            title: principle.text[language].title,
            body: principle.text[language].body,
          })),
        ),
      });

      await tx.consultation.create({
        data: {
          id: consultationId,
          slug: demoConsultation.slug,
          regionCity: demoConsultation.regionCity,
          regionCountry: demoConsultation.regionCountry,
          timeZone: demoConsultation.timeZone,
          languages: [...demoConsultation.languages],
          opensAt,
          closesAt,
          status: "open",
          selfDescriptionDimensions: [...demoConsultation.selfDescriptionDimensions],
          draftVersionId: versionId,
          translations: {
            createMany: {
              data: demoLanguages.map((language) => ({ language, ...demoConsultation.text[language] })),
            },
          },
          hosts: {
            createMany: {
              data: demoOrganisations.map((organisation, index) => ({
                organisationId: organisationIds[index]!,
                role: organisation.hostRole,
                invitation: "accepted" as const,
                respondedAt: now,
              })),
            },
          },
          supportResources: {
            createMany: {
              data: demoLanguages.flatMap((language) =>
                demoSupportResources[language].map((resource, index) => ({
                  language,
                  position: index + 1,
                  ...resource,
                })),
              ),
            },
          },
          consentTexts: {
            createMany: {
              data: demoLanguages.map((language) => ({
                version: demoConsentText.version,
                language,
                body: demoConsentText.body[language],
              })),
            },
          },
        },
      });

      await tx.question.createMany({
        data: questions.map((question) => ({
          id: question.id,
          consultationId,
          theme: question.theme,
          kind: question.kind,
          principleId: question.principleNumber === undefined ? null : principleIds.get(question.principleNumber)!,
          position: question.position,
        })),
      });
      await tx.questionTranslation.createMany({
        data: questions.flatMap((question) =>
          demoLanguages.map((language) => ({
            questionId: question.id,
            language,
            prompt: question.prompt[language],
            help: question.help[language],
          })),
        ),
      });
      const choiceOptions = questions.flatMap((question) =>
        (question.options ?? []).map((labels, index) => ({
          id: question.optionIds[index]!,
          questionId: question.id,
          position: index + 1,
          labels,
        })),
      );
      if (choiceOptions.length > 0) {
        await tx.questionOption.createMany({
          data: choiceOptions.map(({ id, questionId, position }) => ({ id, questionId, position })),
        });
        await tx.questionOptionTranslation.createMany({
          data: choiceOptions.flatMap((option) =>
            demoLanguages.map((language) => ({ optionId: option.id, language, label: option.labels[language] })),
          ),
        });
      }

      // Counts only: the audit log never holds credentials.
      await recordAuditEvent(tx, {
        actorKind: "system",
        action: "demo.seeded",
        subjectType: "consultation",
        subjectId: consultationId,
        consultationId,
        organisationId: organisationIds[0]!,
        details: {
          organisations: demoOrganisations.length,
          staffAccounts: staff.length,
          principles: demoPrinciples.length,
          questions: questions.length,
        },
      });

      if (options.beforeCommit) await options.beforeCommit(result);
      return result;
    },
    { maxWait: 15_000, timeout: 60_000 },
  );
}

export type DemoRowCounts = {
  organisations: number;
  staffUsers: number;
  memberships: number;
  consultations: number;
  consultationTranslations: number;
  hosts: number;
  principles: number;
  principleTranslations: number;
  questions: number;
  questionTranslations: number;
  questionOptions: number;
  consentTexts: number;
  supportResources: number;
  seededEvents: number;
  principlesByTheme: Record<Theme, number>;
  questionsByTheme: Record<Theme, number>;
};

/** Rows belonging to the demo, for the seed command's report and for tests. */
export async function countDemoRows(db: PrismaClient): Promise<DemoRowCounts> {
  const consultation = { slug: demoConsultation.slug };
  const organisationSlugs = { in: demoOrganisations.map((organisation) => organisation.slug) };
  const version = { document: { slug: demoDraftDocument.slug }, number: demoDraftDocument.versionNumber };
  const [
    organisations,
    staffUsers,
    memberships,
    consultations,
    consultationTranslations,
    hosts,
    principles,
    principleTranslations,
    questions,
    questionTranslations,
    questionOptions,
    consentTexts,
    supportResources,
    seededEvents,
    principleThemes,
    questionThemes,
  ] = await Promise.all([
    db.organisation.count({ where: { slug: organisationSlugs } }),
    db.staffUser.count({ where: { memberships: { some: { organisation: { slug: organisationSlugs } } } } }),
    db.membership.count({ where: { organisation: { slug: organisationSlugs } } }),
    db.consultation.count({ where: consultation }),
    db.consultationTranslation.count({ where: { consultation } }),
    db.consultationHost.count({ where: { consultation } }),
    db.draftPrinciple.count({ where: { version } }),
    db.draftPrincipleTranslation.count({ where: { principle: { version } } }),
    db.question.count({ where: { consultation } }),
    db.questionTranslation.count({ where: { question: { consultation } } }),
    db.questionOption.count({ where: { question: { consultation } } }),
    db.consentText.count({ where: { consultation } }),
    db.supportResource.count({ where: { consultation } }),
    db.auditEvent.count({ where: { action: "demo.seeded" } }),
    db.draftPrinciple.groupBy({ by: ["theme"], where: { version }, _count: { _all: true } }),
    db.question.groupBy({ by: ["theme"], where: { consultation }, _count: { _all: true } }),
  ]);
  const byTheme = (rows: { theme: Theme; _count: { _all: number } }[]): Record<Theme, number> => {
    const counts: Record<Theme, number> = { prevention: 0, protection: 0, participation: 0, recovery: 0 };
    for (const row of rows) counts[row.theme] = row._count._all;
    return counts;
  };
  return {
    organisations,
    staffUsers,
    memberships,
    consultations,
    consultationTranslations,
    hosts,
    principles,
    principleTranslations,
    questions,
    questionTranslations,
    questionOptions,
    consentTexts,
    supportResources,
    seededEvents,
    principlesByTheme: byTheme(principleThemes),
    questionsByTheme: byTheme(questionThemes),
  };
}
