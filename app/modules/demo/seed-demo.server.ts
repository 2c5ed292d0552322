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
import { newDemoIds, writeDemoConsultation, type DemoConsultationContent } from "./write-demo-consultation.server";

const bogotaContent: DemoConsultationContent<(typeof demoLanguages)[number]> = {
  languages: demoLanguages,
  organisations: demoOrganisations,
  consultation: demoConsultation,
  draftDocument: demoDraftDocument,
  principles: demoPrinciples,
  questions: demoQuestions,
  consentText: demoConsentText,
  supportResources: demoSupportResources,
};

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
  const ids = newDemoIds(bogotaContent);
  const staff = await prepareStaff(ids.organisationIds, ring);

  const result: DemoSeedResult = {
    consultationId: ids.consultationId,
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

      const written = await writeDemoConsultation(tx, bogotaContent, ids, now);
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

      // Counts only: the audit log never holds credentials.
      await recordAuditEvent(tx, {
        actorKind: "system",
        action: "demo.seeded",
        subjectType: "consultation",
        subjectId: ids.consultationId,
        consultationId: ids.consultationId,
        organisationId: ids.organisationIds[0]!,
        details: {
          organisations: demoOrganisations.length,
          staffAccounts: staff.length,
          principles: demoPrinciples.length,
          questions: written.questions,
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
