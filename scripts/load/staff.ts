/**
 * The staff side of the run: 5 facilitators moderating and 5 drafters
 * reading summaries and downloading the exports, each signed in with a
 * session created in the database the way the HTTP tests create theirs
 * (tests/support/actors.ts): a staff user of the demo's lead organisation,
 * its second factor marked as passed. Signing in through /staff/login would
 * time argon2 and TOTP, which is not what this run measures.
 *
 * Import only after boot: the app modules read DATABASE_URL and the secrets on first use.
 */
import { randomBytes } from "node:crypto";
import { getDb } from "../../app/modules/db/db.server.ts";
import { hashPassphrase } from "../../app/modules/auth/passphrase.server.ts";
import { createSession, markSecondFactorVerified } from "../../app/modules/auth/session.server.ts";
import { Device, expectStatus, UnexpectedPage } from "./device.ts";
import { slug } from "./participants.ts";

const leadOrganisationSlug = "colectiva-mujeres-del-puente";

/** `__Host-session` cookie values (the production server's name) for new staff members of the lead organisation. */
export async function staffSessions(role: "facilitator" | "drafter", count: number): Promise<string[]> {
  const db = getDb();
  const organisation = await db.organisation.findUniqueOrThrow({ where: { slug: leadOrganisationSlug }, select: { id: true } });
  const passphraseHash = await hashPassphrase(randomBytes(18).toString("base64url"));
  const tokens: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const staff = await db.staffUser.create({
      data: {
        username: `load-${role}-${index + 1}-${randomBytes(3).toString("hex")}`,
        displayName: `Load ${role} ${index + 1}`,
        passphraseHash,
        totpEnabledAt: new Date(),
        memberships: { create: [{ organisationId: organisation.id, role }] },
      },
    });
    const { token, session } = await createSession({ staffUserId: staff.id });
    await markSecondFactorVerified(session.id);
    tokens.push(token);
  }
  return tokens;
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

/**
 * The queue, one item from its first page, one decision (hold or approve,
 * confirming when the page asks), and the item page the redirect leads to.
 * Two facilitators deciding on one item at once: the second gets the
 * conflict page (409), which is the app working, not a failure.
 */
export async function moderateOnce(device: Device): Promise<void> {
  const queue = await device.get("queue", `/facilitate/${slug}`);
  if (queue.status === 429) return; // the bulk-read limit: slowed down, as it should be
  expectStatus("queue", queue, 200);
  const items = [...new Set([...queue.body.matchAll(new RegExp(`href="/facilitate/${slug}/([0-9a-f-]{36})"`, "g"))].map((match) => match[1]!))];
  await device.think();
  if (items.length === 0) return;
  const itemPath = `/facilitate/${slug}/${pick(items.slice(0, 10))}`;
  const item = await device.get("item page", itemPath);
  if (item.status === 429) return;
  expectStatus("item page", item, 200);
  const version = /name="version" value="(\d+)"/.exec(item.body)?.[1];
  if (!version) throw new UnexpectedPage("item page: no version");
  await device.think();
  const intent = Math.random() < 0.5 ? "hold" : "approve";
  let decided = await device.post(`decision`, itemPath, { intent, version });
  if (decided.status === 200 && decided.body.includes('name="confirm" value="yes"')) {
    decided = await device.post("decision", itemPath, { intent: "approve", version, confirm: "yes" });
  }
  expectStatus("decision", decided, 303, 409, 410);
  if (decided.status === 303 && decided.location) expectStatus("item page", await device.get("item page", decided.location), 200, 429);
}

const drafterPages = [
  "/draft",
  `/draft/${slug}`,
  "/draft/themes/protection",
  "/draft/themes/recovery",
  "/draft/principles/1",
  `/draft/${slug}/export.csv`,
  `/draft/${slug}/export.md`,
  `/draft/${slug}/export.docx`,
];

/** One page a drafter reads or one file they download, in turn. */
export async function draftOnce(device: Device, turn: number): Promise<void> {
  const path = drafterPages[turn % drafterPages.length]!;
  const step = path.includes("/export.") ? `export ${path.split(".").at(-1)}` : path.replace(slug, ":slug").replace(/\/\d+$/, "/:n");
  expectStatus(step, await device.get(step, path), 200);
}
