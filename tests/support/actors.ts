/**
 * The people of the permission matrix, created through the app's own use
 * cases where one exists: two participants, staff of a hosting organisation
 * (facilitator, drafter, admin), a facilitator of another organisation and
 * a platform admin without memberships; plus one consultation hosted by the
 * first organisation.
 */
import { getDb } from "~/modules/db/db.server";
import { hashPassphrase } from "~/modules/auth/passphrase.server";
import { pseudonymLookup, sealPseudonym } from "~/modules/auth/pseudonym.server";
import { createSession, markSecondFactorVerified } from "~/modules/auth/session.server";
import { getMasterKeyRing } from "~/modules/crypto/keys.server";
import { newSubmissionKey } from "~/modules/submissions/submission-crypto.server";

export type ActorName =
  | "anonymous"
  | "participantA"
  | "participantB"
  | "facilitatorOfHost"
  | "facilitatorOfOther"
  | "drafterOfHost"
  | "adminOfHost"
  | "platformAdmin";

export const actorNames: ActorName[] = [
  "anonymous",
  "participantA",
  "participantB",
  "facilitatorOfHost",
  "facilitatorOfOther",
  "drafterOfHost",
  "adminOfHost",
  "platformAdmin",
];

export type World = {
  cookies: Record<ActorName, string | undefined>;
  hostOrganisationId: string;
  otherOrganisationId: string;
  consultationSlug: string;
  /** A pending invitation for the host organisation to co-host a consultation the other organisation leads. */
  cohostInvitationId: string;
  /** A contribution participant A sent to the consultation (no answers). */
  participantAContributionId: string;
};

// One argon2 hash shared by every test actor: the matrix builds many worlds.
let sharedHash: Promise<string> | undefined;
const testPassphraseHash = () => (sharedHash ??= hashPassphrase("a long test passphrase"));

async function participantWithCookie(pseudonym: string): Promise<{ id: string; cookie: string }> {
  const cookie = await participantCookie(pseudonym);
  const { id } = await getDb().participant.findUniqueOrThrow({ where: { pseudonymKey: pseudonymLookup(pseudonym) } });
  return { id, cookie };
}

async function participantCookie(pseudonym: string): Promise<string> {
  const id = crypto.randomUUID();
  const participant = await getDb().participant.create({
    data: { id, pseudonymCipher: sealPseudonym(id, pseudonym), pseudonymKey: pseudonymLookup(pseudonym), passphraseHash: await testPassphraseHash() },
  });
  const { token } = await createSession({ participantId: participant.id });
  return `session=${token}`;
}

/** A sent contribution of one participant, with its consent record (and the consent text it names). */
async function sentContribution(consultationId: string, participantId: string): Promise<string> {
  const db = getDb();
  const text = await db.consentText.upsert({
    where: { consultationId_version_language: { consultationId, version: 1, language: "en" } },
    create: { consultationId, version: 1, language: "en", body: "What this is: a test consent text." },
    update: {},
  });
  const { submissionId, wrappedKey } = newSubmissionKey(getMasterKeyRing());
  const day = new Date(new Date().toISOString().slice(0, 10));
  const record = await db.consentRecord.create({
    data: {
      consultationId,
      participantId,
      consentTextId: text.id,
      useInSummaries: true,
      draftersMayQuote: false,
      publicQuotes: false,
      inboxContact: false,
      givenOn: day,
    },
  });
  await db.submission.create({
    data: {
      id: submissionId,
      consultationId,
      participantId,
      consentRecordId: record.id,
      language: "en",
      status: "received",
      idempotencyKey: `world-${submissionId}`,
      key: { create: { wrappedKey } },
      receivedOn: day,
      updatedOn: day,
    },
  });
  return submissionId;
}

/** A signed-in (second factor passed) staff member with these memberships: the `session=…` cookie. */
export function signedInStaff(
  username: string,
  memberships: Array<{ organisationId: string; role: "admin" | "facilitator" | "drafter" }>,
): Promise<string> {
  return staffCookie(username, memberships);
}

async function staffCookie(
  username: string,
  memberships: Array<{ organisationId: string; role: "admin" | "facilitator" | "drafter" }>,
  isPlatformAdmin = false,
): Promise<string> {
  const staff = await getDb().staffUser.create({
    data: {
      username,
      passphraseHash: await testPassphraseHash(),
      isPlatformAdmin,
      totpEnabledAt: new Date(),
      memberships: { create: memberships },
    },
  });
  const { token, session } = await createSession({ staffUserId: staff.id });
  await markSecondFactorVerified(session.id);
  return `session=${token}`;
}

/** `suffix` keeps several worlds apart in one database (for requests that destroy sessions or accounts). */
export async function createWorld(suffix = ""): Promise<World> {
  const db = getDb();
  const host = await db.organisation.create({ data: { slug: `host-org${suffix}`, name: "Host organisation" } });
  const other = await db.organisation.create({ data: { slug: `other-org${suffix}`, name: "Other organisation" } });
  const consultation = await db.consultation.create({
    data: {
      slug: `matrix-consultation${suffix}`,
      languages: ["en"],
      opensAt: new Date(Date.now() - 86_400_000),
      closesAt: new Date(Date.now() + 30 * 86_400_000),
      status: "open",
      translations: { create: { language: "en", title: "Matrix consultation" } },
      hosts: { create: { organisationId: host.id, role: "lead", invitation: "accepted" } },
    },
  });
  const invitedTo = await db.consultation.create({
    data: {
      slug: `invitation-consultation${suffix}`,
      languages: ["en"],
      opensAt: new Date(Date.now() - 86_400_000),
      closesAt: new Date(Date.now() + 30 * 86_400_000),
      translations: { create: { language: "en", title: "Consultation led by the other organisation" } },
      hosts: {
        create: [
          { organisationId: other.id, role: "lead", invitation: "accepted" },
          { organisationId: host.id, role: "cohost", invitation: "pending" },
        ],
      },
    },
    select: { hosts: { where: { role: "cohost" }, select: { id: true } } },
  });
  const participantA = await participantWithCookie(`participant-a${suffix}`);
  return {
    hostOrganisationId: host.id,
    otherOrganisationId: other.id,
    consultationSlug: consultation.slug,
    cohostInvitationId: invitedTo.hosts[0]!.id,
    participantAContributionId: await sentContribution(consultation.id, participantA.id),
    cookies: {
      anonymous: undefined,
      participantA: participantA.cookie,
      participantB: await participantCookie(`participant-b${suffix}`),
      facilitatorOfHost: await staffCookie(`facilitator-host${suffix}`, [{ organisationId: host.id, role: "facilitator" }]),
      facilitatorOfOther: await staffCookie(`facilitator-other${suffix}`, [{ organisationId: other.id, role: "facilitator" }]),
      drafterOfHost: await staffCookie(`drafter-host${suffix}`, [{ organisationId: host.id, role: "drafter" }]),
      adminOfHost: await staffCookie(`admin-host${suffix}`, [{ organisationId: host.id, role: "admin" }]),
      platformAdmin: await staffCookie(`platform-admin${suffix}`, [], true),
    },
  };
}
