/**
 * Arranges a drafters' report in the e2e app's database (the facilitator
 * steps that normally lead there have their own specs): approved, redacted
 * contributions — English and Arabic that drafters may quote (b), one that
 * is count-only and one held, as canaries — a published synthesis of their
 * theme quoting the two, and summary cells large enough to be shown.
 * Written through the app's own modules with the e2e server's keys. Run with tsx:
 *
 *   tsx e2e/seed-report.ts <consultation slug> <marker word>
 *
 * Prints { ids, theme } as JSON.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
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
const db = getDb();
const consultation = await db.consultation.findUniqueOrThrow({
  where: { slug },
  select: { id: true, hosts: { where: { role: "lead" }, select: { organisationId: true } }, questions: { where: { kind: "free_text" }, orderBy: { position: "asc" }, take: 1, select: { theme: true } } },
});
const theme = consultation.questions[0]!.theme;
const [english, arabic, countOnly, held] = await seedSampleContributions(db, consultation.id, [
  { language: "en", texts: [`${marker} english safe houses.`], status: "approved" },
  { language: "ar", texts: [`${marker} نريد بيوتاً آمنة`], status: "approved" },
  { language: "en", texts: [`${marker} COUNT-ONLY-CANARY`], status: "approved", quoteConsent: "count_only" },
  { language: "en", texts: [`${marker} HELD-CANARY`], status: "held" },
]);
for (const id of [english!, arabic!, countOnly!, held!]) {
  const dataKey = (await openContributionKey(id))!;
  await db.$transaction((tx) => storeRedactedTexts(tx, id, dataKey));
}
// Cells as the rollup would hold them for a busy consultation: every theme shown.
for (const entry of themes) {
  await db.summaryCell.upsert({
    where: { consultationId_theme_principleId_language_kind_stance: { consultationId: consultation.id, theme: entry, principleId: "", language: "en", kind: "online", stance: "" } },
    create: { consultationId: consultation.id, theme: entry, principleId: "", language: "en", kind: "online", stance: "", contributions: 50 },
    update: { contributions: 50 },
  });
}
const answerOf = async (submissionId: string) => (await db.answer.findFirstOrThrow({ where: { submissionId } })).id;
const actorId = (await db.staffUser.findFirstOrThrow({ where: { memberships: { some: { role: "facilitator", organisationId: consultation.hosts[0]!.organisationId } } } })).id;
const scope = { theme, principle: null };
const organisationId = consultation.hosts[0]!.organisationId;
const latest = await db.themeSynthesis.findFirst({ where: { consultationId: consultation.id, theme, principleId: null }, orderBy: { version: "desc" }, select: { version: true } });
const saved = await saveSynthesis({
  consultationId: consultation.id,
  scope,
  baseVersion: latest?.version ?? 0,
  sections: { said: `${marker} people asked for safe houses.`, change: `${marker} يجب تسمية الأعمال الانتقامية`, emerging: "" },
  quoteIds: [await answerOf(english!), await answerOf(arabic!)],
  actorId,
  organisationId,
});
if (saved.kind !== "saved") throw new Error(`The synthesis was not saved: ${saved.kind}`);
await publishSynthesis({ consultationId: consultation.id, scope, version: saved.version, actorId, organisationId });
process.stdout.write(JSON.stringify({ ids: [english, arabic, countOnly, held], theme }));
await db.$disconnect();
