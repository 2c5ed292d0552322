/**
 * Every staff write records exactly one audit event, and every multi-form
 * staff route refuses an intent it does not know (issue 10).
 *
 * Rather than a hand-kept list of forms, the test walks the staff pages as a
 * staff member holding every role in every demo organisation would: it
 * follows the links of /admin, /facilitate and /draft, reads each page's
 * POST forms (every submit button with an `intent` is a form of its own),
 * fills what is empty the way a hurried person would, and sends each form
 * once. A route or intent added later is walked without touching this file.
 *
 * - A send that succeeds (a redirect or a page, status < 400) must have
 *   written exactly one audit event by the walker; one that is refused
 *   (status >= 400) none. A success that records nothing reads as a write
 *   without its event — or as a form that writes nothing, which then has to
 *   be named in `writesNothing` with its reason.
 * - The same form with `intent=no-such-intent` must get 400 and change no
 *   row anywhere.
 * - Every staff route file with an action must have been reached.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/modules/db/db.server";
import { seedDemo } from "~/modules/demo/seed-demo.server";
import { seedSampleContributions } from "~/modules/demo/seed-sample-contributions.server";
import { pseudonymLookup, sealPseudonym } from "~/modules/auth/pseudonym.server";
import { signedInStaff } from "../support/actors";
import { send, startTestServer, type TestServer } from "../support/http-app";
import { tableCounts } from "../support/table-counts";

const staffAreas = /^\/(admin|facilitate|draft)(\/|$)/;
/** Links the walk does not follow: downloads and leaving. */
const notPages = /\.(docx|csv|qdc|json|md|pdf)$|\/export|\/logout|\/exit/;
/** Forms that may succeed without writing anything, and why: matched against "path intent". */
const writesNothing: Array<[RegExp, string]> = [
  // The walk picks the first version offered, which may be the one already in use: nothing to switch.
  [/\/principles\/use $/, "choosing the version already in use"],
];
const mayWriteNothing = (key: string) => writesNothing.some(([pattern]) => pattern.test(key));

type Sent = { key: string; status: number; events: number };
type FoundForm = { key: string; action: string; fields: Array<[string, string]>; hasIntent: boolean; page: string };

let server: TestServer;
let cookie: string;
let walkerId: string;
const forms = new Map<string, FoundForm>();
const sent: Sent[] = [];
const pagesSeen = new Set<string>();

/** What an empty field gets, by its name and type: enough to pass most rules, nothing real. */
function fillFor(name: string, type: string): string {
  if (type === "date") return "2027-03-01";
  if (type === "datetime-local") return "2027-03-01T10:00";
  if (type === "number") return "1";
  if (type === "email") return "walker@example.org";
  if (type === "url" || /url|link|website/i.test(name)) return "https://example.org/";
  if (/language/i.test(name)) return "en";
  if (/slug|address/i.test(name)) return `walk-${Math.random().toString(36).slice(2, 8)}`;
  if (/phone/i.test(name)) return "+57 1 555 0100";
  return "Walk test text";
}

function fieldsOf(form: HTMLElement): Array<[string, string]> {
  const fields: Array<[string, string]> = [];
  const radiosDone = new Set<string>();
  // A bulk form (the facilitators' queue) acts on the rows ticked: the walk ticks the first, as a person choosing one would.
  let rowTicked = false;
  for (const element of form.querySelectorAll("input, select, textarea")) {
    const name = element.getAttribute("name");
    if (!name || element.hasAttribute("disabled")) continue;
    const tag = element.tagName.toLowerCase();
    const type = (element.getAttribute("type") ?? "text").toLowerCase();
    if (tag === "input" && (type === "submit" || type === "button" || type === "file")) continue;
    if (tag === "input" && type === "checkbox") {
      const firstRow = name.startsWith("select.") && !rowTicked;
      if (firstRow) rowTicked = true;
      if (element.hasAttribute("checked") || firstRow) fields.push([name, element.getAttribute("value") ?? "on"]);
      continue;
    }
    if (tag === "input" && type === "radio") {
      if (radiosDone.has(name)) continue;
      const group = form.querySelectorAll(`input[type=radio][name="${name}"]`);
      const chosen = group.find((radio) => radio.hasAttribute("checked")) ?? group[0];
      radiosDone.add(name);
      if (chosen) fields.push([name, chosen.getAttribute("value") ?? "on"]);
      continue;
    }
    if (tag === "select") {
      const options = element.querySelectorAll("option");
      const chosen =
        options.find((option) => option.hasAttribute("selected") && option.getAttribute("value")) ??
        options.find((option) => option.getAttribute("value"));
      fields.push([name, chosen?.getAttribute("value") ?? ""]);
      continue;
    }
    const value = tag === "textarea" ? element.textContent : (element.getAttribute("value") ?? "");
    // The honeypot stays empty, as a person leaves it.
    const hidden = type === "hidden" || element.closest("[aria-hidden=true]") !== null || /website_url|honeypot/i.test(name);
    if (hidden) fields.push([name, value]);
    else if (!value) fields.push([name, fillFor(name, type)]);
    // Prose that is already there is changed a little, so saving it is a real write.
    else if (tag === "textarea" || /name|title|body|text|description|summary/i.test(name)) fields.push([name, `${value} (walk)`]);
    else fields.push([name, value]);
  }
  return fields;
}

/**
 * A form that carries the version of what it edits (a contribution's
 * Submission.version, see claim-item-version.server.ts; a queue row's box
 * carries it as its value) is read again from
 * its page just before it is sent, as a person reloading would: an earlier
 * form of the walk has saved the same item since, and the stale form would
 * (rightly) get the conflict page instead of saving.
 */
async function freshFields(form: FoundForm): Promise<Array<[string, string]>> {
  if (!form.fields.some(([name]) => name === "version" || name.startsWith("select."))) return form.fields;
  const page = await send(server, form.page, { cookie });
  if (page.status !== 200) return form.fields;
  const found = new Map<string, FoundForm>();
  recordForms(form.page, page.body, found);
  return found.get(form.key)?.fields ?? form.fields;
}

/** Records the page's POST forms; returns where its GET forms lead (a confirmation page, say), as links. */
function recordForms(pageUrl: string, html: string, into: Map<string, FoundForm> = forms): string[] {
  const root = parse(html);
  const getTargets: string[] = [];
  for (const form of root.querySelectorAll("form")) {
    const action = new URL(form.getAttribute("action") ?? pageUrl, `http://walk${pageUrl}`);
    if (!staffAreas.test(action.pathname)) continue;
    const fields = fieldsOf(form);
    if ((form.getAttribute("method") ?? "get").toLowerCase() !== "post") {
      getTargets.push(`${action.pathname}?${new URLSearchParams(fields).toString()}`);
      continue;
    }
    const buttons = form.querySelectorAll("button[name], input[type=submit][name]");
    const variants: Array<Array<[string, string]>> =
      buttons.length > 0
        ? buttons.map((button) => [...fields, [button.getAttribute("name")!, button.getAttribute("value") ?? ""]])
        : [fields];
    for (const variant of variants) {
      const intent = variant.find(([name]) => name === "intent")?.[1] ?? "";
      const key = `${action.pathname.replace(/\/[0-9a-f-]{36}|\/\d+(?=\/|$)/g, "/:id")} ${intent}`;
      if (!into.has(key)) {
        into.set(key, { key, action: action.pathname + action.search, fields: variant, hasIntent: intent !== "", page: pageUrl });
      }
    }
  }
  return getTargets;
}

async function crawl(start: string[]) {
  const queue = [...start];
  const perPath = new Map<string, number>();
  while (queue.length > 0 && pagesSeen.size < 400) {
    const url = queue.shift()!;
    if (pagesSeen.has(url)) continue;
    pagesSeen.add(url);
    const page = await send(server, url, { cookie });
    if (page.status !== 200 || !page.headers.get("content-type")?.includes("text/html")) continue;
    const getTargets = recordForms(url, page.body);
    const hrefs = parse(page.body)
      .querySelectorAll("a[href]")
      .map((link) => link.getAttribute("href")!);
    for (const href of [...hrefs, ...getTargets]) {
      const target = new URL(href, `http://walk${url}`);
      if (target.host !== "walk" || !staffAreas.test(target.pathname) || notPages.test(target.pathname)) continue;
      const next = target.pathname + target.search;
      // The same page with other query strings (one per principle, say): a few are enough.
      const variants = perPath.get(target.pathname) ?? 0;
      if (pagesSeen.has(next) || queue.includes(next) || variants >= 3) continue;
      perPath.set(target.pathname, variants + 1);
      queue.push(next);
    }
  }
}

const unknownIntent: string[] = [];

/** "ok", or what went wrong: the form sent with `intent=no-such-intent` must get 400 and change no row. */
async function sendUnknownIntent(form: FoundForm): Promise<string> {
  const before = await tableCounts();
  const fields = form.fields.map(([name, value]): [string, string] => [name, name === "intent" ? "no-such-intent" : value]);
  const result = await send(server, form.action, { cookie, form: Object.fromEntries(fields) });
  if (result.status !== 400) return `${form.key} → ${result.status}`;
  return JSON.stringify(await tableCounts()) === JSON.stringify(before) ? "ok" : `${form.key} → rows changed`;
}

// Reads are audited too (a refused form shown again shows the item's words again), but they are
// not writes: only write events are counted here.
const readEvents = ["submission.read", "submission.exported"];
const walkerEvents = () => getDb().auditEvent.count({ where: { actorKind: "staff", actorId: walkerId, action: { notIn: readEvents } } });

/** Risky forms last, so removing or archiving does not take the other forms' pages away first. */
const risky = /remove|archive|delete|revoke|leave|close|decline|switch|drop/i;
const statusChange = /\bstatus\b|\/status\//;

beforeAll(async () => {
  server = await startTestServer();
  const db = getDb();
  await seedDemo(db);
  const organisations = await db.organisation.findMany({ select: { id: true } });
  cookie = await signedInStaff(
    "walker",
    organisations.flatMap(({ id }) =>
      (["admin", "facilitator", "drafter"] as const).map((role) => ({ organisationId: id, role })),
    ),
  );
  const walker = await db.staffUser.update({ where: { username: "walker" }, data: { isPlatformAdmin: true } });
  walkerId = walker.id;
  // A co-hosting invitation waiting for a demo organisation, so /admin/cohost-invitations has its forms.
  const lead = await db.organisation.create({ data: { slug: "walk-lead", name: "Walk lead organisation" } });
  await db.consultation.create({
    data: {
      slug: "walk-invitation",
      languages: ["en"],
      opensAt: new Date(Date.now() + 86_400_000),
      closesAt: new Date(Date.now() + 30 * 86_400_000),
      translations: { create: { language: "en", title: "Consultation offered to co-host" } },
      hosts: {
        create: [
          { organisationId: lead.id, role: "lead", invitation: "accepted" },
          { organisationId: organisations[0]!.id, role: "cohost", invitation: "pending" },
        ],
      },
    },
  });
  // A consultation still in draft, so the confirmation pages for opening one are there to walk.
  await db.consultation.create({
    data: {
      slug: "walk-draft",
      languages: ["en"],
      opensAt: new Date(Date.now() + 86_400_000),
      closesAt: new Date(Date.now() + 30 * 86_400_000),
      translations: { create: { language: "en", title: "Walk draft consultation" } },
      hosts: { create: { organisationId: organisations[0]!.id, role: "lead", invitation: "accepted" } },
    },
  });
  // Issue 11, part C: a session of in-person input already recorded, so the speaker form is there to walk; and a
  // contribution whose author chose (d), so its item page links its inbox.
  const demo = await db.consultation.findUniqueOrThrow({ where: { slug: "bogota-2026" }, select: { id: true, hosts: { select: { organisationId: true } } } });
  await db.inPersonSession.create({
    data: { consultationId: demo.id, organisationId: demo.hosts[0]!.organisationId, heldOn: new Date("2026-11-20"), place: "Walk place", language: "es", peoplePresent: 4 },
  });
  const contactable = await db.participant.create({ data: { pseudonymKey: "walk-contactable", passphraseHash: "x" } });
  const [contactableId] = await seedSampleContributions(db, demo.id, [
    { language: "es", texts: ["Walk input"], participantId: contactable.id, choices: { inboxContact: true } },
  ]);
  // Contributions in a demo consultation, so the facilitators' queue and item pages have their forms:
  // two of them the same person's identical answers (an exact duplicate to merge), their redaction
  // already reviewed (so approving is not held back for a confirmation).
  const consultation = await db.consultation.findFirstOrThrow({ where: { questions: { some: { kind: "free_text" } } }, select: { id: true } });
  const participantId = crypto.randomUUID();
  await db.participant.create({
    data: { id: participantId, pseudonymCipher: sealPseudonym(participantId, "walk twice"), pseudonymKey: pseudonymLookup("walk twice"), passphraseHash: "not used" },
  });
  const seeded = await seedSampleContributions(db, consultation.id, [
    { language: "en", texts: ["Walk contribution one."] },
    { language: "en", texts: ["Walk contribution sent twice."], participantId },
    { language: "en", texts: ["Walk contribution sent twice."], participantId },
  ]);
  // A sent contribution with words a facilitator would redact, so the redaction page (linked from the item) has its suggestions.
  const [itemId] = await seedSampleContributions(db, demo.id, [{ language: "en", texts: ["My neighbour Rosa Díaz called me on 12 March 2024."] }]);
  // Every seeded answer's redaction counts as reviewed, so "Approve" writes at once instead of asking to confirm first.
  await db.answer.updateMany({ where: { submissionId: { in: [...seeded, contactableId!, itemId!] } }, data: { redactionReviewed: true } });
  // Some forms appear only after another was sent (a second draft version to switch to, a closed
  // consultation to archive): walk again until every form found has been sent. A consultation's
  // status changes wait until nothing else is left, since they change which forms its pages show.
  const sentKeys = new Set<string>();
  for (let pass = 0; pass < 6; pass++) {
    pagesSeen.clear();
    // The workspace's pages are reached by their links: queue → item → redaction and messages; queue → codebook and in-person input.
    await crawl(["/admin", "/facilitate", "/draft", "/admin/cohost-invitations"]);
    const waiting = [...forms.values()].filter((form) => !sentKeys.has(form.key));
    const now = waiting.some((form) => !statusChange.test(form.key)) ? waiting.filter((form) => !statusChange.test(form.key)) : waiting;
    if (now.length === 0) break;
    const ordered = now.sort((a, b) => Number(risky.test(a.key)) - Number(risky.test(b.key)));
    for (const form of ordered) {
      sentKeys.add(form.key);
      // First the same form naming an intent no page sends, while its page is still reachable.
      if (form.hasIntent) unknownIntent.push(await sendUnknownIntent(form));
      const fields = await freshFields(form);
      const before = await walkerEvents();
      const result = await send(server, form.action, { cookie, form: Object.fromEntries(fields) });
      sent.push({ key: form.key, status: result.status, events: (await walkerEvents()) - before });
    }
  }
}, 400_000);
afterAll(async () => server?.close());

describe("walking every staff form", () => {
  it("finds the staff pages and their forms", () => {
    expect(pagesSeen.size).toBeGreaterThan(10);
    expect(forms.size).toBeGreaterThan(10);
  });

  it("records exactly one audit event per successful write, and none for a refused one", () => {
    // Printed so a run shows what the walk reached: "key=status/events".
    console.info(sent.map((entry) => `${entry.key}=${entry.status}/${entry.events}`).join("\n"));
    const wrong = sent
      .filter((entry) => (entry.status < 400 ? entry.events !== 1 && !(entry.events === 0 && mayWriteNothing(entry.key)) : entry.events !== 0))
      .map((entry) => `${entry.key} → ${entry.status}, ${entry.events} event(s)`);
    expect(wrong).toEqual([]);
    // Enough of the forms got past validation for the check to mean something.
    expect(sent.filter((entry) => entry.status < 400 && entry.events === 1).length).toBeGreaterThan(10);
  });

  it("reaches every staff route that has an action", () => {
    const routesDir = path.resolve(__dirname, "../../app/routes");
    const withActions = readdirSync(routesDir)
      .filter((file) => /^(admin|facilitate|draft)[._]/.test(file))
      .filter((file) => /export (async )?function action/.test(readFileSync(path.join(routesDir, file), "utf8")));
    const reachedPaths = [...forms.values()].map((form) => new URL(form.action, "http://walk").pathname);
    const unreached = withActions.filter((file) => {
      // admin.consultations.$slug.hosts.tsx → ^/admin/consultations/[^/]+/hosts$; an optional ($segment) may be absent.
      const pattern = file
        .replace(/\.tsx$/, "")
        .split(".")
        .filter((segment) => segment !== "_index")
        .map((segment) => (/^\(\$.+\)$/.test(segment) ? "(?:/[^/]+)?" : `/${segment.startsWith("$") ? "[^/]+" : segment.replace(/_$/, "")}`))
        .join("");
      return !reachedPaths.some((reached) => new RegExp(`^${pattern}$`).test(reached));
    });
    expect(unreached).toEqual([]);
  });

  it("refuses an unknown intent with 400 on every multi-form route, changing nothing", () => {
    expect(unknownIntent.length).toBeGreaterThan(5);
    expect(unknownIntent.filter((outcome) => outcome !== "ok")).toEqual([]);
  });
});
