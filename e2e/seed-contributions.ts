/**
 * Seeds sent contributions into the e2e app's database, encrypted with the
 * master key `npm start` generated in the e2e data folder, through the app's
 * own seedSampleContributions (the participant flow that normally writes
 * them has its own specs). Run with tsx:
 *
 *   tsx e2e/seed-contributions.ts <consultation slug> '<JSON array of { language, texts, reviewed? }>'
 *
 * Prints the new contributions' ids as a JSON array. `reviewed` marks the
 * answers' redaction as reviewed (so approving asks no confirmation).
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

const [slug, spec] = process.argv.slice(2);
const wanted = JSON.parse(spec ?? "[]") as Array<{ language: string; texts: (string | null)[]; reviewed?: boolean }>;

// Imported only now: the app modules read DATABASE_URL and the secrets on first use.
const { getDb } = await import("../app/modules/db/db.server.ts");
const { seedSampleContributions } = await import("../app/modules/demo/seed-sample-contributions.server.ts");
const db = getDb();
const consultation = await db.consultation.findUniqueOrThrow({ where: { slug }, select: { id: true } });
const ids = await seedSampleContributions(db, consultation.id, wanted);
const reviewed = ids.filter((_, index) => wanted[index]?.reviewed);
if (reviewed.length > 0) await db.answer.updateMany({ where: { submissionId: { in: reviewed } }, data: { redactionReviewed: true } });
process.stdout.write(JSON.stringify(ids));
await db.$disconnect();
