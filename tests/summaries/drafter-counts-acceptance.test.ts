/**
 * Issue 12, acceptance 1: with input in every state (approved, withdrawn,
 * rejected, held, and approved without consent to be counted), every count
 * the drafters' pages show equals a direct SQL count of approved,
 * non-withdrawn, consented input — or reads "fewer than k" / "not shown"
 * where the disclosure rule hides it. Then a withdrawal and a consent
 * change reach the pages once the summaries job has run in the production
 * server (the test asks for the job as the app does, and waits for the page).
 *
 * The SQL here is written without the rollups' facts SQL, so a mistake
 * there cannot agree with itself.
 */
import { parse, type HTMLElement } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/modules/db/db.server";
import { startJobQueue, stopJobQueue } from "~/modules/jobs/job-queue.server";
import { changeOrWithdraw } from "~/modules/submissions/change-or-withdraw.server";
import { requestSummaryRefresh } from "~/modules/summaries/rollups/summary-jobs.server";
import workspace from "../../locales/en/workspace.json";
import common from "../../locales/en/common.json";
import { signedInStaff } from "../support/actors";
import { send } from "../support/http-app";
import { startProductionServer, type ProductionServer } from "../support/production-server";
import { addContribution, approvedBy, seedRollupWorld, type RollupWorld } from "./rollup-world";

let server: ProductionServer;
let world: RollupWorld;
let drafter: string;
const approved: string[] = [];


async function approve(submissionId: string) {
  expect(await approvedBy(world, submissionId)).toBe("done");
}

beforeAll(async () => {
  world = await seedRollupWorld();
  const db = getDb();
  // 14 approved and counted, in two languages, with stances on the first principles.
  for (let index = 0; index < 14; index++) {
    const id = await addContribution(world, {
      language: index % 3 === 0 ? "en" : "es",
      texts: 1 + (index % 3),
      stances: [{ questionIndex: 0, stance: index % 4 === 0 ? "disagree" : "agree" }, ...(index % 2 ? [{ questionIndex: 1, stance: "partly" as const }] : [])],
    });
    await approve(id);
    approved.push(id);
  }
  // Never counted: rejected, held, received, approved without (a), approved then withdrawn.
  for (const status of ["rejected", "held", "received"] as const) {
    for (let index = 0; index < 3; index++) await addContribution(world, { status, texts: 3 });
  }
  for (let index = 0; index < 3; index++) await approve(await addContribution(world, { useInSummaries: false, texts: 3 }));
  for (let index = 0; index < 2; index++) {
    const id = await addContribution(world, { texts: 3 });
    await approve(id);
    await withdraw(id);
  }
  await db.consultation.update({ where: { id: world.consultationId }, data: { disclosureThreshold: 5 } });
  // The production server reads the `__Host-` session cookie (it always sets Secure cookies).
  drafter = (await signedInStaff("acceptance-drafter", [{ organisationId: world.organisationId, role: "drafter" }])).replace(/^session=/, "__Host-session=");
  server = await startProductionServer();
  // The app asks for the job after each write; the test process has no worker, so the server's runs it.
  await startJobQueue(process.env.DATABASE_URL!, () => {});
  await requestSummaryRefresh();
}, 240_000);

afterAll(async () => {
  await stopJobQueue({ graceful: false });
  await server?.close();
});

async function withdraw(submissionId: string) {
  const result = await changeOrWithdraw({ submissionId, hasAccount: false, request: { intent: "confirmWithdraw" } });
  expect(result.kind).toBe("withdrawn");
}

/** Contributions that count, per theme (a contribution counts once in each theme it answered): straight from the tables. */
async function sqlThemeCounts(): Promise<Map<string, number>> {
  const rows = await getDb().$queryRaw<Array<{ theme: string; n: number }>>`
    SELECT q."theme"::text AS "theme", count(DISTINCT s."id")::int AS "n"
    FROM "Submission" s
    JOIN "ConsentRecord" c ON c."id" = s."consentRecordId"
    JOIN "Answer" a ON a."submissionId" = s."id"
    JOIN "Question" q ON q."id" = a."questionId"
    WHERE s."consultationId" = ${world.consultationId} AND s."status" = 'approved' AND s."duplicateOfId" IS NULL
      AND c."useInSummaries" AND c."withdrawnOn" IS NULL
    GROUP BY 1`;
  return new Map(rows.map((row) => [row.theme, row.n]));
}

async function sqlContributions(): Promise<number> {
  const [row] = await getDb().$queryRaw<[{ n: number }]>`
    SELECT count(*)::int AS "n" FROM "Submission" s JOIN "ConsentRecord" c ON c."id" = s."consentRecordId"
    WHERE s."consultationId" = ${world.consultationId} AND s."status" = 'approved' AND s."duplicateOfId" IS NULL
      AND c."useInSummaries" AND c."withdrawnOn" IS NULL`;
  return row.n;
}

/** Stances on one principle (by its stance question), straight from the tables. */
async function sqlStances(principleId: string): Promise<Map<string, number>> {
  const rows = await getDb().$queryRaw<Array<{ stance: string; n: number }>>`
    SELECT a."stance"::text AS "stance", count(DISTINCT s."id")::int AS "n"
    FROM "Submission" s JOIN "ConsentRecord" c ON c."id" = s."consentRecordId" JOIN "Answer" a ON a."submissionId" = s."id"
    WHERE s."consultationId" = ${world.consultationId} AND s."status" = 'approved' AND s."duplicateOfId" IS NULL
      AND c."useInSummaries" AND c."withdrawnOn" IS NULL AND a."principleId" = ${principleId} AND a."stance" IS NOT NULL
    GROUP BY 1`;
  return new Map(rows.map((row) => [row.stance, row.n]));
}

/** The table with this caption on the page: header texts and each body row's cells by header. */
function readTable(page: HTMLElement, caption: string): Map<string, Map<string, string>> {
  const table = page.querySelectorAll("table").find((candidate) => candidate.querySelector("caption")?.text.trim() === caption);
  expect(table, `a table captioned "${caption}"`).toBeTruthy();
  const headers = table!.querySelectorAll("thead th").map((cell) => cell.text.trim());
  const rows = new Map<string, Map<string, string>>();
  for (const row of table!.querySelectorAll("tbody tr")) {
    const label = row.querySelector("th")!.text.trim();
    const cells = row.querySelectorAll("td").map((cell) => cell.text.trim());
    rows.set(label, new Map(cells.map((text, index) => [headers[index + 1]!, text])));
  }
  return rows;
}

/** A shown count must be the true one; anything else must be a hidden count of the right kind. */
function expectShown(text: string, truth: number, where: string) {
  const fewer = workspace.disclosure.fewer.replace("{{k}}", "5");
  if (text === fewer) expect(truth, `${where}: "fewer than 5" stands for a count below 5`).toBeLessThan(5);
  else if (text === workspace.disclosure.withheld) expect(truth, `${where}: a withheld count is at least k`).toBeGreaterThanOrEqual(5);
  else expect(Number(text.replace(/\D/g, "")), `${where} shows ${text}`).toBe(truth);
}

async function overview(): Promise<HTMLElement> {
  const page = await send(server, "/draft", { cookie: drafter });
  expect(page.status).toBe(200);
  return parse(page.body);
}

async function waitForContributions(expected: number) {
  const deadline = Date.now() + 120_000;
  let shown = "";
  while (Date.now() < deadline) {
    const table = readTable(await overview(), workspace.drafting.overview.contributionsCaption);
    shown = [...table.values()][0]!.values().next().value ?? "";
    if (shown === String(expected)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  expect(shown).toBe(String(expected));
}

describe("drafters' counts against the database", () => {
  it("shows every count as the direct SQL count of approved, consented, non-withdrawn input, or as hidden", async () => {
    await waitForContributions(await sqlContributions());
    expect(await sqlContributions()).toBe(14);
    const page = await overview();
    const themes = readTable(page, workspace.drafting.overview.themesCaption);
    const truth = await sqlThemeCounts();
    const themeNames = common.themes as Record<string, string>;
    for (const [theme, label] of Object.entries(themeNames)) {
      const row = themes.get(label);
      expect(row, `a row for ${label}`).toBeTruthy();
      expectShown([...row!.values()][0]!, truth.get(theme) ?? 0, `theme ${theme}`);
    }
    // One principle's stances, on its own page.
    const principle = await getDb().draftPrinciple.findUniqueOrThrow({ where: { id: world.stanceQuestions[0]!.principleId }, select: { number: true } });
    const stancePage = await send(server, `/draft/principles/${principle.number}`, { cookie: drafter });
    expect(stancePage.status).toBe(200);
    const stances = readTable(parse(stancePage.body), workspace.drafting.principle.caption.replace("{{number}}", String(principle.number)));
    const stanceTruth = await sqlStances(world.stanceQuestions[0]!.principleId);
    const region = [...stances.values()][0]!;
    let compared = 0;
    for (const [stance, label] of Object.entries(workspace.drafting.stance as Record<string, string>)) {
      const text = region.get(label);
      if (text === undefined) continue;
      compared++;
      // A share may follow the count: "9 (64%)".
      expectShown(text.replace(/\s*\(.*\)$/, ""), stanceTruth.get(stance) ?? 0, `stance ${stance}`);
    }
    expect(compared, "the four stances are columns of the table").toBe(4);
  }, 180_000);

  it("follows a withdrawal and a consent change once the summaries job has run", async () => {
    await withdraw(approved[0]!);
    await requestSummaryRefresh();
    await waitForContributions(13);
    // The person takes back (a): counted no more.
    const changed = await changeOrWithdraw({
      submissionId: approved[1]!,
      hasAccount: false,
      request: { intent: "consent", choices: { useInSummaries: false, draftersMayQuote: false, publicQuotes: false, inboxContact: false }, answerQuoteConsent: new Map() },
    });
    expect(changed.kind).toBe("choicesSaved");
    await requestSummaryRefresh();
    await waitForContributions(12);
    expect(await sqlContributions()).toBe(12);
  }, 300_000);
});
