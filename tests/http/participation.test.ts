/**
 * The participant's path over HTTP, as a browser without JavaScript uses it
 * (plain form posts, against the production server): consent, answering by
 * theme, saving and coming back with a receipt code, review, sending exactly
 * once, and control afterwards — and the protections around each step.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/modules/db/db.server";
import { hashPassphrase } from "~/modules/auth/passphrase.server";
import { keyedHash, rateLimits } from "~/modules/safety/rate-limit.server";
import { receiptLookupFor } from "~/modules/submissions/contribution-secrets.server";
import { withdrawnUnrecoverableWithinMinutes } from "~/modules/submissions/withdrawal-timing";
import { send, startTestServer, type TestServer } from "../support/http-app";
import { html as copy, p } from "../support/locales";
import {
  demoConsultation,
  demoSlug,
  draftCookieFrom,
  giveConsent,
  hiddenValue,
  noticeCookieFrom,
  postStep,
  receiptCodeIn,
  reviewForm,
  type DemoQuestion,
} from "../support/participation";

let server: TestServer;
let questions: DemoQuestion[];
let consultationId: string;

beforeAll(async () => {
  server = await startTestServer();
  ({ questions, consultationId } = await demoConsultation());
});
afterAll(async () => server?.close());

const text = (id: string) => `q.${id}.text`;
const byTheme = (theme: string) => questions.filter((question) => question.theme === theme);
const freeText = (theme: string, index = 0) => byTheme(theme).filter((question) => question.kind === "free_text")[index]!;
const stanceQuestion = (theme: string) => byTheme(theme).find((question) => question.kind === "stance")!;

/** What every participant page about withdrawal says about when words become unrecoverable (withdrawal-timing.ts). */
const unrecoverable = {
  en: "Within 10 minutes they can no longer be recovered from this server.",
  es: "En un plazo de 10 minutos ya no se pueden recuperar de este servidor.",
};
const backups = "Copies in backups made before then are kept for as long as the organisation running the server keeps its backups.";

describe("without JavaScript, account-less", () => {
  it("consents, answers three questions in two themes, saves, comes back with the code, reviews, sends, then withdraws", async () => {
    const { cookie } = await giveConsent(server, { choices: { useInSummaries: true, draftersMayQuote: true } });

    // Theme 1 of 4: one free text; everything else skipped.
    const prevention = await postStep(server, cookie, "prevention", "next", {
      [text(freeText("prevention").id)]: "Schools should notice when girls stop coming.",
    });
    expect(prevention.status).toBe(303);
    expect(prevention.location).toBe(`/c/${demoSlug}/respond?step=protection`);

    // Theme 2 of 4: a free text and a stance with its "why"; then save and finish later.
    const protection = await send(server, `/c/${demoSlug}/respond?step=protection`, { cookie });
    expect(protection.body).toContain(p("progress.theme", { current: 2, total: 4 }));
    const stance = stanceQuestion("protection");
    const saved = await postStep(server, cookie, "protection", "saveLater", {
      [text(freeText("protection", 1).id)]: "Safe houses run by survivors' own groups.",
      [`q.${stance.id}.stance`]: "partly",
      [text(stance.id)]: "Data should be deleted when no longer needed.",
      [`q.${stance.id}.quote`]: "drafters",
    });
    expect(saved.status).toBe(200);
    const code = receiptCodeIn(saved.body);
    expect(code).not.toBeNull();

    // Coming back another day: a new browser, no cookie; the code opens the draft.
    const opened = await send(server, "/receipt", { form: { intent: "open", receiptCode: code!.toLowerCase().replace(/-/g, " ") } });
    expect(opened.status).toBe(200);
    expect(opened.body).toContain(copy("contributions.status.draft"));
    const resumed = await send(server, "/receipt", { form: { intent: "edit", receiptCode: code! } });
    expect(resumed.status).toBe(303);
    expect(resumed.location).toBe(`/c/${demoSlug}/respond`);
    const newCookie = draftCookieFrom(resumed)!;
    expect(newCookie).toBeDefined();
    expect(newCookie).not.toBe(cookie);

    // The review shows exactly the three answers, and the choices as the person made them.
    const { page: review, form } = await reviewForm(server, newCookie, { useInSummaries: true, draftersMayQuote: true });
    expect(review.body).toContain("Schools should notice when girls stop coming.");
    expect(review.body).toContain("Safe houses run by survivors&#x27; own groups.");
    expect(review.body).toContain(p("stance.partly"));
    expect(await getDb().answer.count({ where: { submission: { consultationId } } })).toBe(3);

    const sent = await send(server, `/c/${demoSlug}/respond?step=review`, { cookie: newCookie, form });
    expect(sent.status).toBe(200);
    expect(sent.body).toContain(p("sent.title"));
    // The code saved earlier stays the receipt: no second code to keep.
    expect(receiptCodeIn(sent.body)).toBeNull();
    expect(sent.body).toContain(p("sent.savedCode"));
    // The browser's way back in closes two minutes later (long enough for a retry to get the same receipt).
    expect(sent.setCookies.some((header) => header.startsWith("draft_bogota-2026=") && header.includes("Max-Age=120"))).toBe(true);

    const afterSending = await send(server, "/receipt", { form: { intent: "open", receiptCode: code! } });
    expect(afterSending.body).toContain(copy("contributions.status.received"));
    expect(afterSending.body).toContain("Schools should notice when girls stop coming.");

    // "Withdraw" only asks: what is destroyed and what cannot be undone, and nothing is deleted yet.
    const asked = await send(server, "/receipt", { form: { intent: "withdraw", receiptCode: code! } });
    expect(asked.status).toBe(200);
    expect(asked.body).toContain(p("withdraw.confirmTitle"));
    expect(asked.body).toContain('value="confirmWithdraw"');
    expect(asked.body).toContain(unrecoverable.en);
    expect(await getDb().answer.count({ where: { submission: { consultationId } } })).toBe(3);
    const withdrawn = await send(server, "/receipt", { form: { intent: "confirmWithdraw", receiptCode: code! } });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toContain(p("contribution.notices.withdrawn"));
    expect(withdrawn.body).toContain(unrecoverable.en);
    expect(withdrawn.body).toContain(backups);
    expect(withdrawn.body).not.toContain("Schools should notice");
    expect(await getDb().answer.count({ where: { submission: { consultationId } } })).toBe(0);
    // A long journey (three argon2 hashes, the withdraw confirmation): more than the default 20 s on a loaded machine.
  }, 60_000);
});

describe("consent", () => {
  it("explains the checklist in the person's language and offers three separate choices, none ticked (no inbox yet: no (d))", async () => {
    for (const [cookie, phrases] of [
      [undefined, ["not testimony, a complaint or evidence", "drafters of the principles see only", "12 months after the consultation closes", "does not erase your browsing history", "Support", unrecoverable.en]],
      ["lng=ImVzIg%3D%3D", ["No son un testimonio", "Quienes redactan los", "12 meses después del cierre", "no borra su historial", "Apoyo", unrecoverable.es]],
    ] as const) {
      const page = await send(server, `/c/${demoSlug}/consent`, { cookie });
      expect(page.status).toBe(200);
      for (const phrase of phrases) expect(page.body).toContain(phrase);
      const checkboxes = [...page.body.matchAll(/<input[^>]*type="checkbox"[^>]*>/g)].map((match) => match[0]);
      expect(checkboxes.map((box) => box.match(/name="([^"]+)"/)?.[1])).toEqual([
        "useInSummaries",
        "draftersMayQuote",
        "publicQuotes",
      ]);
      for (const box of checkboxes) expect(box).not.toMatch(/\bchecked\b/);
    }
  });

  it("records the version and language agreed, and each change with its day", async () => {
    const spanish = "lng=ImVzIg%3D%3D";
    const { cookie } = await giveConsent(server, { cookie: spanish, choices: { useInSummaries: true } });
    const submission = await getDb().submission.findFirstOrThrow({
      where: { consultationId, status: "draft" },
      orderBy: { id: "asc" },
      select: { id: true, consentRecord: { select: { id: true, consentText: { select: { version: true, language: true } } } } },
    });
    expect(submission.consentRecord?.consentText).toEqual({ version: 1, language: "es" });
    const recordId = submission.consentRecord!.id;

    // Back at the consent step, the person's own choices are shown; changing one is recorded.
    const again = await send(server, `/c/${demoSlug}/consent`, { cookie });
    expect(again.body).toMatch(/name="useInSummaries"[^>]*checked/);
    expect(again.body).not.toMatch(/name="draftersMayQuote"[^>]*checked/);
    const changed = await send(server, `/c/${demoSlug}/consent`, {
      cookie,
      form: {
        idempotencyKey: hiddenValue(again.body, "idempotencyKey"),
        consentTextId: hiddenValue(again.body, "consentTextId"),
        useInSummaries: "on",
        draftersMayQuote: "on",
      },
    });
    expect(changed.status).toBe(303);
    const today = new Date().toISOString().slice(0, 10);
    const record = await getDb().consentRecord.findUniqueOrThrow({
      where: { id: recordId },
      include: { changes: { orderBy: { id: "asc" } } },
    });
    expect(record).toMatchObject({ useInSummaries: true, draftersMayQuote: true, publicQuotes: false, inboxContact: false });
    expect(record.givenOn.toISOString().slice(0, 10)).toBe(today);
    expect(record.changedOn?.toISOString().slice(0, 10)).toBe(today);
    expect(record.changes).toHaveLength(2);
    const latest = record.changes.find((change) => change.draftersMayQuote);
    expect(latest).toMatchObject({ inboxContact: false, useInSummaries: true });
    expect(latest?.changedOn.toISOString().slice(0, 10)).toBe(today);
    // Dates only: no time of day is kept with a participant's rows.
    for (const change of record.changes) expect(change.changedOn.toISOString()).toMatch(/T00:00:00\.000Z$/);
  });

  it("starts one draft when the consent form is sent twice at once (double click)", async () => {
    const page = await send(server, `/c/${demoSlug}/consent`);
    const form = {
      idempotencyKey: hiddenValue(page.body, "idempotencyKey"),
      consentTextId: hiddenValue(page.body, "consentTextId"),
      useInSummaries: "on",
    };
    const before = await getDb().submission.count();
    const [first, second] = await Promise.all([
      send(server, `/c/${demoSlug}/consent`, { form }),
      send(server, `/c/${demoSlug}/consent`, { form }),
    ]);
    expect([first.status, second.status]).toEqual([303, 303]);
    expect(draftCookieFrom(first)).toBeDefined();
    expect(draftCookieFrom(first)).toBe(draftCookieFrom(second));
    expect(await getDb().submission.count()).toBe(before + 1);
  });

  it("does not let public quotes be chosen without drafters' quotes, and keeps the choices as ticked", async () => {
    const page = await send(server, `/c/${demoSlug}/consent`);
    const result = await send(server, `/c/${demoSlug}/consent`, {
      form: {
        idempotencyKey: hiddenValue(page.body, "idempotencyKey"),
        consentTextId: hiddenValue(page.body, "consentTextId"),
        useInSummaries: "on",
        publicQuotes: "on",
      },
    });
    expect(result.status).toBe(400);
    expect(result.body).toContain(p("consent.errors.publicNeedsDrafters"));
    expect(result.body).toMatch(/name="publicQuotes"[^>]*checked/);
    expect(draftCookieFrom(result)).toBeUndefined();
  });
});

describe("sending exactly once", () => {
  it("turns two identical review forms sent in parallel into one submission with the same receipt", async () => {
    const { cookie } = await giveConsent(server);
    await postStep(server, cookie, "recovery", "next", { [text(freeText("recovery").id)]: "Repair means being believed." });
    const { form } = await reviewForm(server, cookie);
    const auditBefore = await getDb().auditEvent.count({ where: { action: "submission.received" } });

    const [first, second] = await Promise.all([
      send(server, `/c/${demoSlug}/respond?step=review`, { cookie, form }),
      send(server, `/c/${demoSlug}/respond?step=review`, { cookie, form }),
    ]);
    expect([first.status, second.status]).toEqual([200, 200]);
    const code = receiptCodeIn(first.body);
    expect(code).not.toBeNull();
    expect(receiptCodeIn(second.body)).toBe(code);

    // A third copy sent later (a retry after a lost answer) gets the same receipt too.
    const retry = await send(server, `/c/${demoSlug}/respond?step=review`, { cookie, form });
    expect(receiptCodeIn(retry.body)).toBe(code);

    expect(await getDb().auditEvent.count({ where: { action: "submission.received" } })).toBe(auditBefore + 1);
    const opened = await send(server, "/receipt", { form: { intent: "open", receiptCode: code! } });
    expect(opened.body).toContain("Repair means being believed.");
    const rows = await getDb().submission.findMany({
      where: { answers: { some: { questionId: freeText("recovery").id } }, status: "received" },
      select: { id: true },
    });
    expect(rows).toHaveLength(1);
  });

  it("refuses to send nothing, and asks for the summaries choice, keeping the person's other choices", async () => {
    const { cookie } = await giveConsent(server);
    const { form } = await reviewForm(server, cookie);
    const empty = await send(server, `/c/${demoSlug}/respond?step=review`, { cookie, form });
    expect(empty.status).toBe(400);
    expect(empty.body).toContain(p("review.errors.empty"));

    await postStep(server, cookie, "prevention", "next", { [text(freeText("prevention").id)]: "Listen early." });
    const { form: second } = await reviewForm(server, cookie, { draftersMayQuote: true });
    const noSummaries = await send(server, `/c/${demoSlug}/respond?step=review`, { cookie, form: second });
    expect(noSummaries.status).toBe(400);
    expect(noSummaries.body).toContain(p("consent.errors.summariesNeeded"));
    expect(noSummaries.body).toMatch(/name="draftersMayQuote"[^>]*checked/);
    expect(noSummaries.body).not.toMatch(/name="useInSummaries"[^>]*checked/);
  });
});

describe("changing language on a theme page (the header's choice is part of the answer form)", () => {
  it("saves the answers, sets the language and comes back to the same step", async () => {
    const { cookie } = await giveConsent(server);
    const question = freeText("protection");
    const result = await postStep(server, cookie, "protection", "language", {
      [text(question.id)]: "Typed, then the language changed.",
      language: "es",
    });
    expect(result.status).toBe(303);
    expect(result.location).toBe(`/c/${demoSlug}/respond?step=protection`);
    expect(result.headers.get("set-cookie")).toMatch(/^lng=/);
    const page = await send(server, result.location!, { cookie: `${cookie}; ${result.headers.get("set-cookie")!.split(";")[0]}` });
    expect(page.body).toContain('lang="es"');
    expect(page.body).toContain("Typed, then the language changed.");
  });

  it("an unknown language still saves and comes back, in the language as it was", async () => {
    const { cookie } = await giveConsent(server);
    const question = freeText("prevention");
    const result = await postStep(server, cookie, "prevention", "language", { [text(question.id)]: "Kept.", language: "xx" });
    expect(result.status).toBe(303);
    expect(result.headers.get("set-cookie")).toBeNull();
    expect((await send(server, result.location!, { cookie })).body).toContain("Kept.");
  });
});

describe("bad input keeps what was typed", () => {
  it("refuses an answer over 10,000 characters with 413 and a clear message, the text intact", async () => {
    const { cookie } = await giveConsent(server);
    const question = freeText("prevention");
    const long = "word ".repeat(2000) + "end";
    expect(long.length).toBeGreaterThan(10_000);
    const result = await postStep(server, cookie, "prevention", "next", { [text(question.id)]: long });
    expect(result.status).toBe(413);
    expect(result.body).toContain(p("respond.errors.tooLong"));
    expect(result.body).toContain(long);
    // The message names the question, as its label reads, and the summary links to its box.
    const fieldId = `field-q-${question.id}-text`;
    const label = result.body.match(new RegExp(`<label for="${fieldId}">([^<]+)</label>`))?.[1];
    expect(label).toBeTruthy();
    expect(result.body).toContain(`“${label}” is longer than we can accept. Please shorten it and try again.`);
    expect(result.body).not.toContain(copy("errors.tooLargeBody"));
    expect(result.body).toContain(`<a href="#${fieldId}">${label}: This answer is longer than 10,000 characters.`);
    const { createHash } = await import("node:crypto");
    const draftTokenHash = createHash("sha256").update(cookie.split("=")[1]!).digest("hex");
    expect(await getDb().answer.count({ where: { submission: { draftTokenHash } } })).toBe(0);
  });

  it("refuses control characters and damaged (invalid UTF-8) text, keeping the rest", async () => {
    const { cookie } = await giveConsent(server);
    const question = freeText("prevention");
    const control = await postStep(server, cookie, "prevention", "next", { [text(question.id)]: "before\u0007after" });
    expect(control.status).toBe(400);
    expect(control.body).toContain(p("respond.errors.badCharacters"));
    expect(control.body).toContain("before\u0007after");

    const page = await send(server, `/c/${demoSlug}/respond?step=prevention`, { cookie });
    const body = `idempotencyKey=${hiddenValue(page.body, "idempotencyKey")}&intent=next&${encodeURIComponent(text(question.id))}=valid%20start%FF%FEvalid%20end`;
    const response = await fetch(`${server.baseUrl}/c/${demoSlug}/respond?step=prevention`, {
      method: "POST",
      headers: { cookie, origin: server.baseUrl, "content-type": "application/x-www-form-urlencoded" },
      body,
      redirect: "manual",
    });
    const html = await response.text();
    expect(response.status).toBe(400);
    expect(html).toContain("damaged text");
    expect(html).toContain("valid start");
    expect(html).toContain("valid end");
  });

  it("says when the consultation closed while the person was writing, with its dates, and keeps the text", async () => {
    const { cookie } = await giveConsent(server);
    const question = freeText("participation");
    const page = await send(server, `/c/${demoSlug}/respond?step=participation`, { cookie });
    const original = await getDb().consultation.findUniqueOrThrow({ where: { id: consultationId }, select: { closesAt: true } });
    await getDb().consultation.update({ where: { id: consultationId }, data: { closesAt: new Date(Date.now() - 60_000) } });
    try {
      const typed = "Meetings in the evening, with childcare.";
      const result = await send(server, `/c/${demoSlug}/respond?step=participation`, {
        cookie,
        form: { idempotencyKey: hiddenValue(page.body, "idempotencyKey"), intent: "next", [text(question.id)]: typed },
      });
      expect(result.status).toBe(409);
      expect(result.body).toContain("not taking input at the moment");
      const { opensAt, timeZone } = await getDb().consultation.findUniqueOrThrow({ where: { id: consultationId } });
      expect(result.body).toContain(`open from ${new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone }).format(opensAt)} to`);
      expect(result.body).toContain(typed);
      expect(await getDb().answer.count({ where: { questionId: question.id } })).toBe(0);
    } finally {
      await getDb().consultation.update({ where: { id: consultationId }, data: { closesAt: original.closesAt } });
    }
  });
});

describe("no trace", () => {
  it("sends no-store on every page that shows input, turns autocomplete off on free text, and puts no code or token in any address", async () => {
    const { cookie, result: consented } = await giveConsent(server);
    const saved = await postStep(server, cookie, "prevention", "saveLater", { [text(freeText("prevention").id)]: "Trace test." });
    const code = receiptCodeIn(saved.body)!;
    const token = cookie.split("=")[1]!;
    const pages = [
      await send(server, `/c/${demoSlug}/consent`, { cookie }),
      await send(server, `/c/${demoSlug}/respond?step=prevention`, { cookie }),
      await send(server, `/c/${demoSlug}/respond?step=review`, { cookie }),
      saved,
      await send(server, "/receipt", { form: { intent: "open", receiptCode: code } }),
    ];
    for (const page of pages) {
      expect(page.headers.get("cache-control")).toBe("no-store");
      for (const match of page.body.matchAll(/(?:href|action)="([^"]*)"/g)) {
        expect(match[1]).not.toContain(code);
        expect(match[1]).not.toContain(token);
      }
    }
    // The answer page has free-text questions; an empty match would prove nothing.
    const textareas = [...pages[1]!.body.matchAll(/<textarea[^>]*>/g)];
    expect(textareas.length).toBeGreaterThan(0);
    for (const textarea of textareas) expect(textarea[0].toLowerCase()).toContain('autocomplete="off"');
    expect(consented.location).not.toContain(token);
    // The draft cookie is HttpOnly, SameSite=Lax and a session cookie (gone when the browser closes).
    const header = consented.setCookies.find((value) => value.startsWith("draft_"))!;
    expect(header).toContain("HttpOnly");
    expect(header).toContain("SameSite=Lax");
    expect(header).not.toMatch(/Expires|Max-Age/);
  });

  it("stores the receipt code only as a keyed HMAC and a keyed lookup, and the draft token only as its SHA-256", async () => {
    const { cookie } = await giveConsent(server);
    const saved = await postStep(server, cookie, "prevention", "saveLater", { [text(freeText("prevention").id)]: "Hash test." });
    const code = receiptCodeIn(saved.body)!;
    // 24 base32 characters: 120 bits.
    expect(code.replace(/-/g, "")).toMatch(/^[A-Z2-7]{24}$/);
    const token = cookie.split("=")[1]!;
    const row = await getDb().submission.findFirstOrThrow({
      where: { receiptLookup: receiptLookupFor(code) },
      select: { receiptHash: true, receiptLookup: true, draftTokenHash: true, idempotencyKey: true },
    });
    // HMAC-SHA-256 under its own purpose label: neither the code nor the lookup column.
    expect(row.receiptHash).toMatch(/^hmac-sha256\$[0-9a-f]{64}$/);
    expect(row.receiptHash).toBe(`hmac-sha256$${keyedHash("receipt-verify", code)}`);
    expect(row.receiptHash).not.toContain(row.receiptLookup!);
    const stored = JSON.stringify(await getDb().submission.findMany());
    expect(stored).not.toContain(code);
    expect(stored).not.toContain(code.replace(/-/g, ""));
    expect(stored).not.toContain(token);
    const { createHash } = await import("node:crypto");
    expect(await getDb().submission.count({ where: { draftTokenHash: createHash("sha256").update(token).digest("hex") } })).toBe(1);
  });

  it("ends the draft's cookie at the quick exit", async () => {
    const { cookie } = await giveConsent(server);
    const exit = await send(server, "/exit", { cookie });
    expect(exit.status).toBe(303);
    expect(exit.setCookies.some((header) => header.startsWith(`draft_${demoSlug}=;`) && header.includes("Max-Age=0"))).toBe(true);
  });
});

describe("receipts", () => {
  it("still opens a receipt stored as argon2id before receipts were HMAC, and refuses a wrong code for it", async () => {
    const { cookie } = await giveConsent(server);
    const saved = await postStep(server, cookie, "prevention", "saveLater", { [text(freeText("prevention").id)]: "Stored the old way." });
    const code = receiptCodeIn(saved.body)!;
    // As issued before: the lookup as ever, the hash argon2id.
    const { count } = await getDb().submission.updateMany({
      where: { receiptLookup: receiptLookupFor(code) },
      data: { receiptHash: await hashPassphrase(code) },
    });
    expect(count).toBe(1);
    const opened = await send(server, "/receipt", { form: { intent: "open", receiptCode: code } });
    expect(opened.status).toBe(200);
    expect(opened.body).toContain("Stored the old way.");
    // A stored hash that the code does not match opens nothing, of either format.
    await getDb().submission.updateMany({
      where: { receiptLookup: receiptLookupFor(code) },
      data: { receiptHash: await hashPassphrase("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF") },
    });
    expect((await send(server, "/receipt", { form: { intent: "open", receiptCode: code } })).status).toBe(400);
    await getDb().submission.updateMany({
      where: { receiptLookup: receiptLookupFor(code) },
      data: { receiptHash: `hmac-sha256$${keyedHash("receipt-verify", "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")}` },
    });
    expect((await send(server, "/receipt", { form: { intent: "open", receiptCode: code } })).status).toBe(400);
    await getDb().rateLimitBucket.deleteMany();
  });

  it("says plainly when a code opens nothing, and slows down guessing (429 past the limit)", async () => {
    const wrong = await send(server, "/receipt", { form: { intent: "open", receiptCode: "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF" } });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toContain(p("receipt.errors.notFound"));
    let last = wrong;
    for (let attempt = 1; attempt <= rateLimits["receipt:client"].limit; attempt++) {
      last = await send(server, "/receipt", { form: { intent: "open", receiptCode: "not-a-code" } });
    }
    expect(last.status).toBe(429);
    expect(last.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(last.body).toContain(copy("auth.errors.tooManyAttempts"));
    // The other tests in this file share this client's counter.
    await getDb().rateLimitBucket.deleteMany();
  });
});

describe("before sending", () => {
  it("highlights what may identify someone on the review page, and still lets the person send it", async () => {
    const { cookie } = await giveConsent(server);
    const typed = "Write to maria.lopez@example.org or call +57 300 123 4567; Ana María Pérez lives in Bogotá.";
    await postStep(server, cookie, "protection", "next", { [text(freeText("protection").id)]: typed });
    const { page, form } = await reviewForm(server, cookie);
    expect(page.body).toContain(p("review.identifyingWarning"));
    const marked = [...page.body.matchAll(/<mark[^>]*>([^<]*)</g)].map((match) => match[1]);
    expect(marked).toEqual(["maria.lopez@example.org", "+57 300 123 4567", "Ana María Pérez", "Bogotá"]);
    const sent = await send(server, `/c/${demoSlug}/respond?step=review`, { cookie, form });
    expect(sent.status).toBe(200);
    expect(sent.body).toContain(p("sent.title"));
  });
});

describe("with a pseudonymous account", () => {
  const passphrase = "lantern orbit cactus meadow";
  async function join(pseudonym: string) {
    const joined = await send(server, "/join", { form: { pseudonym, passphrase, repeatPassphrase: passphrase } });
    const header = joined.setCookies.find((value) => value.startsWith("session="));
    expect(header).toBeDefined();
    return header!.split(";")[0]!;
  }

  it("keeps the draft with the account, shows the contribution in /me with its status, and hides it from anyone else", async () => {
    const owner = await join("willow path");
    const other = await join("cedar lane");
    const { cookie } = await giveConsent(server, { cookie: owner });
    expect(cookie).toBe(owner); // no draft cookie: the draft belongs to the account
    await postStep(server, owner, "participation", "next", { [text(freeText("participation").id)]: "In my own language." });

    const draftList = await send(server, "/me", { cookie: owner });
    expect(draftList.body).toContain(copy("contributions.status.draft"));
    const { form } = await reviewForm(server, owner);
    const sent = await send(server, `/c/${demoSlug}/respond?step=review`, { cookie: owner, form });
    expect(sent.status).toBe(200);
    expect(sent.body).toContain(copy("me.title"));
    expect(receiptCodeIn(sent.body)).toBeNull();

    const list = await send(server, "/me", { cookie: owner });
    expect(list.body).toContain("Bogotá regional consultation");
    expect(list.body).toContain(copy("contributions.status.received"));
    const path = list.body.match(/href="(\/me\/contributions\/[0-9a-f-]{36})"/)?.[1];
    expect(path).toBeDefined();
    const mine = await send(server, path!, { cookie: owner });
    expect(mine.status).toBe(200);
    expect(mine.body).toContain("In my own language.");
    // What cannot be undone is said once, on the confirming step (below), not already here.
    expect(mine.body).not.toContain(unrecoverable.en);
    expect(list.body).toContain(unrecoverable.en);
    expect(list.body).toContain(backups);

    // Another participant: the same 404 as for a contribution that does not exist, for reading and for withdrawing.
    expect((await send(server, path!, { cookie: other })).status).toBe(404);
    expect((await send(server, path!, { cookie: other, form: { intent: "withdraw" } })).status).toBe(404);
    expect((await send(server, path!, { cookie: other, form: { intent: "confirmWithdraw" } })).status).toBe(404);
    expect((await send(server, "/me", { cookie: other })).body).not.toContain("Bogotá regional consultation");
    expect((await send(server, path!, { cookie: owner })).body).toContain("In my own language.");

    // The owner withdraws. The contribution is then no longer linked to the account, so
    // "My contributions" says what could and could not be undone, and no longer lists it.
    // "Withdraw" asks first; only the confirming intent withdraws.
    const asked = await send(server, path!, { cookie: owner, form: { intent: "withdraw" } });
    expect(asked.status).toBe(200);
    expect(asked.body).toContain(p("withdraw.confirmTitle"));
    expect((await send(server, path!, { cookie: owner })).body).toContain("In my own language.");
    expect(asked.body).toContain(unrecoverable.en);
    const withdrawn = await send(server, path!, { cookie: owner, form: { intent: "confirmWithdraw" } });
    expect(withdrawn.status).toBe(303);
    expect(withdrawn.location).toBe("/me");
    const after = await send(server, withdrawn.location!, { cookie: [owner, noticeCookieFrom(withdrawn)].join("; ") });
    expect(after.status).toBe(200);
    expect(after.body).toContain(p("withdraw.notices.withdrawn", { minutes: withdrawnUnrecoverableWithinMinutes }));
    expect(after.body).toContain(p("withdraw.done"));
    expect(after.body).toContain(unrecoverable.en);
    expect(after.body).toContain(p("withdraw.cannotUndo"));
    expect(after.body).not.toContain("In my own language.");
    expect(after.body).not.toContain("Bogotá regional consultation");
    expect(after.body).not.toContain(path!);
    // Its page is no longer the owner's either; /me alone shows no notice.
    expect((await send(server, path!, { cookie: owner })).status).toBe(404);
    expect((await send(server, "/me", { cookie: owner })).body).not.toContain(p("withdraw.done"));
  });
});

describe("a damaged value", () => {
  it("shows one tampered answer as unreadable, and every other answer and page as usual", async () => {
    const { cookie } = await giveConsent(server);
    await postStep(server, cookie, "prevention", "next", {
      [text(freeText("prevention", 0).id)]: "First answer stays readable.",
      [text(freeText("prevention", 1).id)]: "Second answer will be altered.",
    });
    const { createHash } = await import("node:crypto");
    const draftTokenHash = createHash("sha256").update(cookie.split("=")[1]!).digest("hex");
    const target = await getDb().answer.findFirstOrThrow({
      where: { submission: { draftTokenHash }, questionId: freeText("prevention", 1).id },
    });
    const parts = target.textCipher!.split(":");
    const bytes = Buffer.from(parts[3]!, "base64url");
    bytes[0] = bytes[0]! ^ 1;
    parts[3] = bytes.toString("base64url");
    await getDb().answer.update({ where: { id: target.id }, data: { textCipher: parts.join(":") } });

    const page = await send(server, `/c/${demoSlug}/respond?step=review`, { cookie });
    expect(page.status).toBe(200);
    expect(page.body).toContain("First answer stays readable.");
    expect(page.body).toContain(p("respond.unreadable"));
    expect(page.body).not.toContain("Second answer will be altered.");
  });
});

describe("changing input afterwards", () => {
  it("lets an account-less person change answers with the receipt code until review starts, then keeps typed text and says why", async () => {
    const { cookie } = await giveConsent(server);
    const question = freeText("recovery", 1);
    await postStep(server, cookie, "recovery", "next", { [text(question.id)]: "Counselling first." });
    const { form } = await reviewForm(server, cookie);
    const sent = await send(server, `/c/${demoSlug}/respond?step=review`, { cookie, form });
    const code = receiptCodeIn(sent.body)!;
    expect(code).toBeTruthy();

    // Change it: the code ties the contribution to this browser again.
    const edit = await send(server, "/receipt", { form: { intent: "edit", receiptCode: code } });
    expect(edit.status).toBe(303);
    const editCookie = draftCookieFrom(edit)!;
    await postStep(server, editCookie, "recovery", "next", { [text(question.id)]: "Counselling and housing first." });
    const { page: review, form: again } = await reviewForm(server, editCookie);
    expect(review.body).toContain(p("review.saveChanges"));
    const saved = await send(server, `/c/${demoSlug}/respond?step=review`, { cookie: editCookie, form: again });
    expect(saved.status).toBe(200);
    expect(saved.body).toContain(p("sent.editedTitle"));
    expect(receiptCodeIn(saved.body)).toBeNull();
    const opened = await send(server, "/receipt", { form: { intent: "open", receiptCode: code } });
    expect(opened.body).toContain("Counselling and housing first.");
    expect(opened.body).not.toContain(">Counselling first.<");

    // A facilitator starts reviewing it: changes are refused, and what was typed comes back.
    const row = await getDb().submission.findFirstOrThrow({ where: { answers: { some: { questionId: question.id } }, status: "received" }, orderBy: { id: "asc" } });
    const reopened = await send(server, "/receipt", { form: { intent: "edit", receiptCode: code } });
    const lateCookie = draftCookieFrom(reopened)!;
    const page = await send(server, `/c/${demoSlug}/respond?step=recovery`, { cookie: lateCookie });
    await getDb().submission.update({ where: { id: row.id }, data: { status: "in_review" } });
    const refused = await send(server, `/c/${demoSlug}/respond?step=recovery`, {
      cookie: lateCookie,
      form: { idempotencyKey: hiddenValue(page.body, "idempotencyKey"), intent: "next", [text(question.id)]: "A late change." },
    });
    expect(refused.status).toBe(409);
    expect(refused.body).toContain(p("respond.errors.notEditable"));
    expect(refused.body).toContain("A late change.");
    const view = await send(server, "/receipt", { form: { intent: "open", receiptCode: code } });
    expect(view.body).toContain(copy("contributions.status.inReview"));
    expect(view.body).toContain("Counselling and housing first.");
    expect(view.body).not.toContain('value="edit"');
    expect(await getDb().auditEvent.count({ where: { action: "submission.edited" } })).toBeGreaterThanOrEqual(1);
  });
});
