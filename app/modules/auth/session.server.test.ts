/**
 * Session lifetimes (docs/decisions.md): a shared-device session dies after
 * 15 idle minutes and has a cookie without expiry; staff sessions die after
 * 30 idle minutes and 12 hours whatever their use; use slides the expiry.
 */
import { describe, expect, it } from "vitest";
import { getDb } from "~/modules/db/db.server";
import { createSession, sessionCookie, sessionPolicy, validateSessionToken } from "./session.server";

const minute = 60_000;

async function participantId(): Promise<string> {
  const participant = await getDb().participant.create({
    data: { pseudonymKey: crypto.randomUUID(), passphraseHash: "not used here" },
  });
  return participant.id;
}

describe("session lifetimes", () => {
  it("ends a shared-device session after 15 idle minutes, and its cookie has no expiry", async () => {
    const start = new Date("2026-03-01T10:00:00Z");
    const { token, session } = await createSession({ participantId: await participantId() }, { sharedDevice: true, now: start });
    expect(sessionPolicy.sharedDeviceIdle).toBe(15 * minute);
    expect(sessionCookie(new Request("http://127.0.0.1/"), token, session)).not.toMatch(/Expires=|Max-Age=/);
    // Used at 10 minutes: the idle clock starts again.
    expect(await validateSessionToken(token, new Date(start.getTime() + 10 * minute))).not.toBeNull();
    expect(await validateSessionToken(token, new Date(start.getTime() + 24 * minute))).not.toBeNull();
    // Then 15 minutes without use: gone, and the row with it.
    expect(await validateSessionToken(token, new Date(start.getTime() + 40 * minute))).toBeNull();
    expect(await getDb().session.count({ where: { id: session.id } })).toBe(0);
  });

  it("keeps an ordinary participant session for days of use, with an expiring cookie", async () => {
    const start = new Date("2026-03-01T10:00:00Z");
    const { token, session } = await createSession({ participantId: await participantId() }, { now: start });
    expect(sessionCookie(new Request("http://127.0.0.1/"), token, session)).toMatch(/Expires=/);
    expect(await validateSessionToken(token, new Date(start.getTime() + 13 * 24 * 60 * minute))).not.toBeNull();
  });

  it("keeps only the day a participant's session began, its idle expiry to the minute, and a staff session's start exactly", async () => {
    const start = new Date("2026-03-01T10:17:23.456Z");
    const { token, session } = await createSession({ participantId: await participantId() }, { sharedDevice: true, now: start });
    const stored = await getDb().session.findUniqueOrThrow({ where: { id: session.id } });
    expect(stored.createdAt.toISOString()).toBe("2026-03-01T00:00:00.000Z");
    expect(stored.expiresAt.toISOString()).toBe("2026-03-01T10:32:23.456Z");
    // The day-only start does not shorten the shared device's 15 idle minutes.
    expect(await validateSessionToken(token, new Date(start.getTime() + 14 * minute))).not.toBeNull();

    const staff = await getDb().staffUser.create({ data: { username: `day-${Date.now()}`, passphraseHash: "not used here" } });
    const staffSession = await createSession({ staffUserId: staff.id }, { now: start });
    expect((await getDb().session.findUniqueOrThrow({ where: { id: staffSession.session.id } })).createdAt.toISOString()).toBe(start.toISOString());
  });

  it("ends a staff session after 30 idle minutes, and after 12 hours however busy", async () => {
    const staff = await getDb().staffUser.create({ data: { username: `lifetime-${Date.now()}`, passphraseHash: "not used here" } });
    const start = new Date("2026-03-01T08:00:00Z");
    const idle = await createSession({ staffUserId: staff.id }, { now: start });
    expect(await validateSessionToken(idle.token, new Date(start.getTime() + 31 * minute))).toBeNull();

    const busy = await createSession({ staffUserId: staff.id }, { now: start });
    let now = start.getTime();
    // Used every 20 minutes for just under 12 hours: alive throughout…
    while (now + 20 * minute < start.getTime() + sessionPolicy.staffAbsolute) {
      now += 20 * minute;
      expect(await validateSessionToken(busy.token, new Date(now))).not.toBeNull();
    }
    // …and refused at 12 hours, however recently used.
    expect(await validateSessionToken(busy.token, new Date(start.getTime() + sessionPolicy.staffAbsolute))).toBeNull();
  });
});
