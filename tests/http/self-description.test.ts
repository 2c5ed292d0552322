/**
 * The optional self-description over HTTP, as a browser without JavaScript
 * drives it: the invitation after sending, skipping it, the form with its
 * own consent, errors that keep what was typed, the account-less path (the
 * receipt code carried in the post, never in an address), the account path,
 * change and delete from My contributions and /receipt — and nobody else's.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/modules/db/db.server";
import { findByReceiptCode } from "~/modules/submissions/receipts.server";
import { send, sessionCookieFrom, startTestServer, type TestServer } from "../support/http-app";
import { html as copy } from "../support/locales";
import { demoConsultation, demoSlug, giveConsent, noticeCookieFrom, postStep, receiptCodeIn, reviewForm, type DemoQuestion } from "../support/participation";

let server: TestServer;
let questions: DemoQuestion[];

beforeAll(async () => {
  server = await startTestServer();
  ({ questions } = await demoConsultation());
});
afterAll(async () => server?.close());

const sd = (key: string, values: Record<string, string | number> = {}) => copy(`selfdescription:${key}`, values);
const aboutYou = `/c/${demoSlug}/about-you`;
const freeText = (questions_: DemoQuestion[]) => questions_.find((question) => question.theme === "recovery" && question.kind === "free_text")!;

/** Consent, one answer, send: the page after sending and the cookie (with `session` for an account). */
async function sendInput(session?: string) {
  const { cookie } = await giveConsent(server, { cookie: session });
  await postStep(server, cookie, "recovery", "next", { [`q.${freeText(questions).id}.text`]: "Being believed matters." });
  const { form } = await reviewForm(server, cookie);
  const sent = await send(server, `/c/${demoSlug}/respond?step=review`, { cookie, form });
  expect(sent.status).toBe(200);
  return { sent, cookie };
}

async function join(pseudonym: string): Promise<{ cookie: string; participantId: string }> {
  const passphrase = "a long enough passphrase for tests";
  const joined = await send(server, "/join", { form: { pseudonym, passphrase, repeatPassphrase: passphrase } });
  const cookie = sessionCookieFrom(joined)!;
  expect(cookie).toBeDefined();
  const session = await getDb().session.findFirstOrThrow({ orderBy: { createdAt: "desc" }, select: { participantId: true } });
  return { cookie, participantId: session.participantId! };
}

const rowOf = (submissionId: string) => getDb().selfDescription.findUnique({ where: { submissionId } });
const dirty = async (submissionId: string) => (await getDb().summaryDirty.count({ where: { submissionId } })) === 1;

describe("without an account", () => {
  it("invites after sending, carries the receipt code in the post, saves with its own consent and deletes from /receipt", async () => {
    const { sent } = await sendInput();
    const code = receiptCodeIn(sent.body)!;
    expect(code).toBeTruthy();
    expect(sent.body).toContain(sd("invitation.heading"));
    expect(sent.body).toContain(sd("invitation.skip"));
    // The way in is a post carrying the code; no address holds it.
    expect(sent.body).not.toMatch(new RegExp(`href="[^"]*${code}`));
    const holder = { id: (await findByReceiptCode(code))!.submissionId };

    const opened = await send(server, aboutYou, { form: { intent: "open", receiptCode: code } });
    expect(opened.status).toBe(200);
    expect(opened.body).toContain(sd("consent.label"));
    expect(opened.body).toContain(sd("dimension.genderIdentity.label"));
    // The consent box is never ticked for the person.
    expect(opened.body).not.toMatch(/name="consent"[^>]*checked/);

    // Without the consent box: refused with its own message, and the typed words come back.
    const typed = { intent: "save", receiptCode: code, genderIdentity: "selfDescribed", genderIdentityWords: "Muxe, in my words", disability: "yes" };
    const noConsent = await send(server, aboutYou, { form: typed });
    expect(noConsent.status).toBe(400);
    expect(noConsent.body).toContain(sd("errors.consentRequired"));
    expect(noConsent.body).toContain('value="Muxe, in my words"');
    expect(await rowOf(holder.id)).toBeNull();

    const nothing = await send(server, aboutYou, { form: { intent: "save", receiptCode: code, consent: "on" } });
    expect(nothing.status).toBe(400);
    expect(nothing.body).toContain(sd("errors.nothingChosen"));

    const tooLong = await send(server, aboutYou, { form: { ...typed, consent: "on", genderIdentityWords: "x".repeat(81) } });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body).toContain(sd("errors.wordsTooLong"));
    expect(tooLong.body).toContain(`value="${"x".repeat(81)}"`);

    const wrongCode = await send(server, aboutYou, { form: { ...typed, consent: "on", receiptCode: "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA" } });
    expect(wrongCode.status).toBe(400);
    expect(wrongCode.body).toContain(copy("participation:receipt.errors.notFound"));
    expect(await rowOf(holder.id)).toBeNull();

    const noCode = await send(server, aboutYou, { form: { ...typed, consent: "on", receiptCode: "" } });
    expect(noCode.status).toBe(400);
    expect(noCode.body).toContain(sd("errors.receiptRequired"));

    const saved = await send(server, aboutYou, { form: { ...typed, consent: "on" } });
    expect(saved.status).toBe(200);
    expect(saved.body).toContain(sd("notices.saved"));
    expect(await rowOf(holder.id)).not.toBeNull();
    expect(await dirty(holder.id)).toBe(true);

    // /receipt, after the code: what they said, to them, with Change and Delete.
    const receipt = await send(server, "/receipt", { form: { intent: "open", receiptCode: code } });
    expect(receipt.body).toContain(sd("own.heading"));
    expect(receipt.body).toContain("Muxe, in my words");
    expect(receipt.body).toContain(sd("dimension.disability.value.yes"));
    expect(receipt.body).toContain(sd("own.delete"));

    const deleted = await send(server, aboutYou, { form: { intent: "delete", receiptCode: code } });
    expect(deleted.status).toBe(200);
    expect(deleted.body).toContain(sd("notices.deleted"));
    expect(await rowOf(holder.id)).toBeNull();
  });

  it("asks for the receipt code in the form when none was carried, and refuses unknown intents", async () => {
    const page = await send(server, aboutYou);
    expect(page.status).toBe(200);
    expect(page.body).toContain(copy("participation:receipt.field"));
    expect((await send(server, aboutYou, { form: { intent: "everything" } })).status).toBe(400);
  });
});

describe("with an account", () => {
  it("saves for the participant's own sent contribution, shows and deletes it in My contributions, and never for another", async () => {
    const a = await join("self describing heron");
    const { sent } = await sendInput(a.cookie);
    expect(sent.body).toContain(sd("invitation.heading"));
    const own = await getDb().submission.findFirstOrThrow({ where: { participantId: a.participantId }, select: { id: true } });

    const form = await send(server, aboutYou, { cookie: a.cookie });
    expect(form.status).toBe(200);
    expect(form.body).not.toContain(copy("participation:receipt.field"));
    const saved = await send(server, aboutYou, {
      cookie: a.cookie,
      form: { intent: "save", consent: "on", sexualOrientation: "bisexual", ageBand: "from25to39" },
    });
    expect(saved.status).toBe(303);
    expect(saved.location).toBe(`/me/contributions/${own.id}`);
    const page = await send(server, `/me/contributions/${own.id}`, { cookie: [a.cookie, noticeCookieFrom(saved)].join("; ") });
    expect(page.body).toContain(sd("notices.saved"));
    expect(page.body).toContain(sd("dimension.sexualOrientation.value.bisexual"));
    expect(page.body).toContain(sd("dimension.ageBand.value.from25to39"));

    // Another participant cannot read, change or delete it by naming the contribution.
    const b = await join("curious other sparrow");
    expect((await send(server, aboutYou, { cookie: b.cookie })).body).toContain(sd("form.notSent"));
    for (const intent of ["open", "save", "delete"]) {
      const tried = await send(server, aboutYou, { cookie: b.cookie, form: { intent, contribution: own.id, consent: "on", disability: "no" } });
      expect(tried.status, intent).toBe(404);
    }
    expect((await send(server, `/me/contributions/${own.id}`, { cookie: b.cookie })).status).toBe(404);

    // Change: the same form, prefilled.
    const change = await send(server, aboutYou, { cookie: a.cookie, form: { intent: "open", contribution: own.id } });
    expect(change.body).toMatch(/value="bisexual"[^>]*checked|checked[^>]*value="bisexual"/);

    const deleted = await send(server, aboutYou, { cookie: a.cookie, form: { intent: "delete", contribution: own.id } });
    expect(deleted.status).toBe(303);
    expect(deleted.location).toBe(`/me/contributions/${own.id}`);
    expect(await rowOf(own.id)).toBeNull();
    expect(await dirty(own.id)).toBe(true);
  });
});

describe("no staff page shows it", () => {
  it("keeps the self-described words out of every facilitator and drafter page it could reach", async () => {
    // The facilitators' item page reads the contribution, never its self-description: the module is not imported there.
    const { readdirSync, readFileSync } = await import("node:fs");
    const staffRoutes = readdirSync("app/routes").filter((name) => /^(facilitate|draft|admin)\./.test(name));
    const readers = staffRoutes.filter((name) => readFileSync(`app/routes/${name}`, "utf8").includes("read-own-self-description"));
    expect(readers).toEqual([]);
  });
});
