/**
 * The participants' flows, as a browser without JavaScript goes through
 * them (the request sequences of tests/support/participation.ts and
 * tests/http/participation.test.ts, participant-accounts.test.ts):
 *
 * - account-less: the consultation's page → consent → one to four theme
 *   pages (read, answer one or two questions, "Save and go to the next
 *   theme"; after the last one, straight to the review, as the theme list
 *   allows) → review → "Submit my input", which must show a receipt code;
 * - with an account: /join first (the suggested pseudonym, a passphrase of
 *   its own; the page of recovery codes), then the same path, which must say
 *   the input was received and is under "My contributions", and /me.
 *
 * Every flow is a new device (cookies, address): a person arrives, sends
 * their input and leaves, and the next one arrives in their place.
 */
import { randomBytes } from "node:crypto";
import { Device, expectStatus, pageForm, required, inputValue, UnexpectedPage, type Reply } from "./device.ts";

export const slug = "bogota-2026";

/** What the run saw shown, for the checks against the database afterwards. */
export type Shown = {
  /** Receipt codes shown to account-less participants. */
  receiptCodes: string[];
  /** Pseudonyms of accounts whose page said their input was received. */
  accountPseudonyms: string[];
};

const receiptCodePattern = /<code[^>]*>([A-Z2-7]{4}(?:-[A-Z2-7]{4}){5})<\/code>/;

/** Invented, harmless answers (no one's real words). */
const phrases = [
  "Schools should notice when girls stop coming.",
  "Safe houses run by survivors' own groups.",
  "Officials should be trained by people who lived through it.",
  "Interpreters who are not from the same village.",
  "Being believed is the first step of repair.",
  "Support should not depend on filing a complaint.",
  "Records should be deleted when no longer needed.",
  "Community radio could explain where to find help.",
];
const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

/** One theme page's answers: one or two of its free texts, sometimes a stance. */
function answersFor(form: string): Record<string, string> {
  const texts = [...form.matchAll(/<textarea[^>]*\bname="(q\.[0-9a-f-]+\.text)"/g)].map((match) => match[1]!);
  const answers: Record<string, string> = {};
  for (const name of texts.filter(() => Math.random() < 0.5).slice(0, 2)) answers[name] = pick(phrases);
  if (Object.keys(answers).length === 0 && texts[0]) answers[texts[0]] = pick(phrases);
  const stances = new Set([...form.matchAll(/<input[^>]*type="radio"[^>]*\bname="(q\.[0-9a-f-]+\.stance)"/g)].map((match) => match[1]!));
  for (const name of stances) if (Math.random() < 0.5) answers[name] = pick(["agree", "partly", "disagree", "not_sure"]);
  return answers;
}

function locationOf(step: string, reply: Reply): string {
  expectStatus(step, reply, 303);
  return required(step, reply.location, "redirect");
}

/** Consent, every theme, review and send; returns the sent page. */
async function answerAndSend(device: Device): Promise<Reply> {
  await device.get("consultation page", `/c/${slug}`);
  await device.think();
  const consentPage = await device.get("consent page", `/c/${slug}/consent`);
  expectStatus("consent page", consentPage, 200);
  const consent = pageForm("consent page", consentPage.body, (action) => action.endsWith("/consent"));
  await device.think();
  let next = locationOf(
    "consent",
    await device.post("consent", consent.action, {
      idempotencyKey: required("consent page", inputValue(consent.html, "idempotencyKey"), "form key"),
      consentTextId: required("consent page", inputValue(consent.html, "consentTextId"), "consent text"),
      website: "",
      useInSummaries: "on",
      ...(Math.random() < 0.5 ? { draftersMayQuote: "on" } : {}),
    }),
  );
  // Every theme is optional: a person answers one to all four, then goes to the review.
  const themesToAnswer = 1 + Math.floor(Math.random() * 4);
  for (let theme = 0; !next.includes("step=review"); theme += 1) {
    if (theme >= 8) throw new UnexpectedPage("theme page: never reached the review");
    const page = await device.get("theme page", next);
    expectStatus("theme page", page, 200);
    const form = pageForm("theme page", page.body, (action) => action.includes("/respond"));
    await device.think(2); // reading the principles and writing takes longer than the other pages
    next = locationOf(
      "theme answers",
      await device.post("theme answers", form.action, {
        idempotencyKey: required("theme page", inputValue(form.html, "idempotencyKey"), "form key"),
        intent: theme + 1 >= themesToAnswer ? "goto:review" : "next",
        ...answersFor(form.html),
      }),
    );
  }
  const review = await device.get("review page", next);
  expectStatus("review page", review, 200);
  const form = pageForm("review page", review.body, (action) => action.includes("step=review"));
  await device.think();
  const submitForm = {
    intent: "submit",
    idempotencyKey: required("review page", inputValue(form.html, "idempotencyKey"), "form key"),
    consentTextId: required("review page", inputValue(form.html, "consentTextId"), "consent text"),
    useInSummaries: "on",
  };
  // No answer or a server error: the person presses the button again — the same form, which must
  // get the same receipt and store nothing twice (the 5xx or the silence is still counted).
  const sent = await device.post("submit", form.action, submitForm).then(
    (reply) => (reply.status >= 500 ? device.post("submit (again)", form.action, submitForm) : reply),
    () => device.post("submit (again)", form.action, submitForm),
  );
  expectStatus("submit", sent, 200);
  if (!sent.body.includes("Thank you. Your input was received")) throw new UnexpectedPage("submit: no confirmation on the page");
  return sent;
}

export async function accountLessFlow(device: Device, shown: Shown): Promise<void> {
  const sent = await answerAndSend(device);
  const code = receiptCodePattern.exec(sent.body)?.[1];
  if (!code) throw new UnexpectedPage("submit: no receipt code on the page");
  shown.receiptCodes.push(code);
}

export async function accountFlow(device: Device, shown: Shown): Promise<void> {
  const joinPage = await device.get("join page", "/join");
  expectStatus("join page", joinPage, 200);
  const join = pageForm("join page", joinPage.body);
  const pseudonym = required("join page", inputValue(join.html, "pseudonym"), "suggested pseudonym");
  const passphrase = randomBytes(15).toString("base64url");
  await device.think();
  const joined = await device.post("join", join.action, {
    suggestionToken: inputValue(join.html, "suggestionToken") ?? "",
    returnTo: inputValue(join.html, "returnTo") ?? "/me",
    pseudonym,
    passphrase,
    repeatPassphrase: passphrase,
  });
  expectStatus("join", joined, 200);
  if (!joined.body.includes('class="recovery-codes"')) throw new UnexpectedPage("join: no recovery codes on the page");
  await device.think();
  const sent = await answerAndSend(device);
  if (!sent.body.includes("under “My contributions”")) throw new UnexpectedPage("submit: not shown as sent to the account");
  shown.accountPseudonyms.push(pseudonym);
  await device.think();
  const me = await device.get("my contributions", "/me");
  expectStatus("my contributions", me, 200);
}
