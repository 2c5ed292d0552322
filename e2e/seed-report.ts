/**
 * Arranges a drafters' report in the e2e app's database (the facilitator
 * steps that normally lead there have their own specs): approved, redacted
 * contributions — English and Arabic that drafters may quote (b), one that
 * is count-only and one held, as canaries — a published synthesis of their
 * theme quoting the two and one of a principle of that theme, and summary
 * counts large enough to be shown.
 * Written through the app's own modules with the e2e server's keys.
 *
 * Other specs run beside this one on the same consultation, so what it
 * arranges must not be undone by theirs:
 * - its answers go to the recovery theme's first free-text question: no
 *   other spec answers, approves or publishes a synthesis there (a later
 *   synthesis of the same theme would replace this one on the page);
 * - the counts are summary facts, not cells: the summaries job recounts a
 *   cell from its facts whenever an approval anywhere touches it, and would
 *   put a cell written directly back to the few real contributions.
 *
 * Run with tsx:
 *
 *   tsx e2e/seed-report.ts <consultation slug> <marker word>
 *
 * Prints { ids, theme } as JSON.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Theme } from "../app/generated/prisma/enums";
import type { SynthesisScope } from "../app/modules/summaries/synthesis-scope.server";
import { e2eDataDir, e2eDatabaseName, e2eDatabasePort } from "./settings";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dataDir = path.join(projectRoot, e2eDataDir);
const secrets = JSON.parse(readFileSync(path.join(dataDir, "secrets.json"), "utf8")) as { CONVENE_MASTER_KEY: string; CONVENE_HASH_SECRET: string };
const password = readFileSync(path.join(dataDir, "postgres-password"), "utf8").trim();
process.env.DATABASE_URL = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${e2eDatabasePort}/${e2eDatabaseName}`;
process.env.CONVENE_MASTER_KEY = secrets.CONVENE_MASTER_KEY;
process.env.CONVENE_HASH_SECRET = secrets.CONVENE_HASH_SECRET;
process.env.CONVENE_PREVIOUS_MASTER_KEYS ??= "";

const [slug, marker] = process.argv.slice(2) as [string, string];

// Imported only now: the app modules read DATABASE_URL and the secrets on first use.
const { getDb } = await import("../app/modules/db/db.server.ts");
const { seedSampleContributions } = await import("../app/modules/demo/seed-sample-contributions.server.ts");
const { openContributionKey } = await import("../app/modules/moderation/contribution-texts.server.ts");
const { storeRedactedTexts } = await import("../app/modules/redaction/store-redacted-text.server.ts");
const { saveSynthesis } = await import("../app/modules/summaries/save-synthesis.server.ts");
const { publishSynthesis } = await import("../app/modules/summaries/publish-synthesis.server.ts");
const { themes } = await import("../app/modules/consultations/themes.ts");
const { listDraftPrinciples } = await import("../app/modules/summaries/synthesis-scope.server.ts");
const { recountCells, summaryLockSql } = await import("../app/modules/summaries/rollups/refresh-summaries.server.ts");
const db = getDb();
const consultation = await db.consultation.findUniqueOrThrow({
  where: { slug },
  select: { id: true, hosts: { where: { role: "lead" }, select: { organisationId: true } }, questions: { where: { kind: "free_text" }, orderBy: { position: "asc" }, select: { theme: true } } },
});
const theme: Theme = "recovery";
// seedSampleContributions takes answers by free-text question position: nothing before the first recovery question.
const position = consultation.questions.findIndex((question) => question.theme === theme);
if (position < 0) throw new Error(`The consultation has no free-text question of the ${theme} theme`);
const answering = (text: string) => [...Array<null>(position).fill(null), text];
const [english, arabic, countOnly, held] = await seedSampleContributions(db, consultation.id, [
  { language: "en", texts: answering(`${marker} english safe houses.`), status: "approved" },
  { language: "ar", texts: answering(`${marker} نريد بيوتاً آمنة`), status: "approved" },
  { language: "en", texts: answering(`${marker} COUNT-ONLY-CANARY`), status: "approved", quoteConsent: "count_only" },
  { language: "en", texts: answering(`${marker} HELD-CANARY`), status: "held" },
]);
for (const id of [english!, arabic!, countOnly!, held!]) {
  const dataKey = (await openContributionKey(id))!;
  await db.$transaction((tx) => storeRedactedTexts(tx, id, dataKey));
}
// Facts as the rollup would hold them for a busy consultation: 50 contributions in every theme, so every theme's
// count is shown. Their stand-in submission ids belong to no contribution, so no refresh takes them away; each run
// replaces the previous run's, and the cells are recounted from the facts under the summaries' lock.
const busyKeys = themes.map((entry) => ({ consultationId: consultation.id, theme: entry, principleId: "", language: "en", kind: "online" as const, stance: "" }));
await db.$transaction(async (tx) => {
  await tx.$queryRaw(summaryLockSql);
  await tx.summaryFact.deleteMany({ where: { consultationId: consultation.id, submissionId: { startsWith: "e2e-busy:" } } });
  await tx.summaryFact.createMany({
    data: busyKeys.flatMap((key) => Array.from({ length: 50 }, (_, index) => ({ ...key, submissionId: `e2e-busy:${key.theme}:${index}` }))),
  });
  await recountCells(tx, busyKeys);
});
const answerOf = async (submissionId: string) => (await db.answer.findFirstOrThrow({ where: { submissionId } })).id;
const organisationId = consultation.hosts[0]!.organisationId;
const actorId = (await db.staffUser.findFirstOrThrow({ where: { memberships: { some: { role: "facilitator", organisationId } } } })).id;
/** Saves the next version of the scope's synthesis (another run may have saved earlier ones) and publishes it. */
async function publishNext(scope: SynthesisScope, sections: { said: string; change: string; emerging: string }, quoteIds: string[]) {
  const latest = await db.themeSynthesis.findFirst({
    where: { consultationId: consultation.id, theme: scope.theme, principleId: scope.principle?.id ?? null },
    orderBy: { version: "desc" },
    select: { version: true },
  });
  const saved = await saveSynthesis({ consultationId: consultation.id, scope, baseVersion: latest?.version ?? 0, sections, quoteIds, actorId, organisationId });
  if (saved.kind !== "saved") throw new Error(`The synthesis was not saved: ${saved.kind}`);
  await publishSynthesis({ consultationId: consultation.id, scope, version: saved.version, actorId, organisationId });
}
await publishNext(
  { theme, principle: null },
  { said: `${marker} people asked for safe houses.`, change: `${marker} يجب تسمية الأعمال الانتقامية`, emerging: "" },
  [await answerOf(english!), await answerOf(arabic!)],
);
// And one of a principle of the theme: two syntheses on a page, each with sections of the same names.
const principle = (await listDraftPrinciples(consultation.id, "en")).find((candidate) => candidate.theme === theme);
if (!principle) throw new Error(`The draft has no principle of the ${theme} theme`);
await publishNext({ theme, principle }, { said: `${marker} principle: people asked for shelters.`, change: `${marker} principle: name the shelters.`, emerging: "" }, []);
process.stdout.write(JSON.stringify({ ids: [english, arabic, countOnly, held], theme }));
await db.$disconnect();
