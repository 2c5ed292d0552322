/**
 * `npm run db:sample-input -- <consultation slug> <count> [marker]`: adds
 * invented, sent contributions (app/modules/demo/sample-input.ts) to a
 * consultation, so the facilitators' workspace can be tried and checked
 * end to end. Uses DATABASE_URL (with CONVENE_MASTER_KEY and
 * CONVENE_HASH_SECRET), or the embedded database like `npm run db:seed`.
 * Never run against a database holding real input.
 */
import { bootDatabase, orExit } from "./lib/boot.ts";

const [slug, countText, markerArgument] = process.argv.slice(2);
const count = Number(countText);
if (!slug || !Number.isInteger(count) || count < 1 || count > 5000) {
  console.error("Usage: npm run db:sample-input -- <consultation slug> <count 1–5000> [marker, letters only]");
  process.exit(2);
}
const marker = markerArgument ?? "sample";
if (!/^\p{L}+$/u.test(marker)) {
  console.error("The marker must be letters only (it is what a search finds).");
  process.exit(2);
}

const database = await orExit(bootDatabase());
try {
  const { getDb } = await import("../app/modules/db/db.server.ts");
  const { seedSampleContributions } = await import("../app/modules/demo/seed-sample-contributions.server.ts");
  const { sampleContributions } = await import("../app/modules/demo/sample-input.ts");
  const consultation = await getDb().consultation.findUnique({ where: { slug }, select: { id: true } });
  if (!consultation) throw new Error(`No consultation /c/${slug}`);
  const ids = await seedSampleContributions(getDb(), consultation.id, sampleContributions(count, marker));
  // Ids only: they are what a check needs to open each item, and say nothing of anyone.
  console.log(JSON.stringify(ids));
  await getDb().$disconnect();
} catch (error) {
  console.error(`No sample input was added: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await database.stop();
  process.exit();
}
