/**
 * `npm run db:seed`: seeds the demo consultation once and prints the demo
 * staff logins.
 * - without DATABASE_URL, starts the embedded PostgreSQL (CONVENE_DATA_DIR,
 *   EMBEDDED_POSTGRES_PORT) and uses its local secrets;
 * - with DATABASE_URL, uses that server (CONVENE_MASTER_KEY and
 *   CONVENE_HASH_SECRET must then be set);
 * - applies pending migrations first;
 * - running it again changes nothing and keeps the same logins.
 */
import { bootDatabase, orExit } from "./lib/boot.ts";

// Migrations as the owner; the seed itself as the app's role, like the app.
const database = await orExit(bootDatabase());

try {
  const applied = database.appliedMigrations;
  if (applied.length > 0) console.log(`Applied migrations: ${applied.join(", ")}`);

  // Imported only now: the app modules read DATABASE_URL and the secrets on first use.
  const { seedDemoOnce, describeDemoLogins, demoLoginsPath } = await import("./lib/demo.ts");
  const { countDemoRows } = await import("../app/modules/demo/seed-demo.server.ts");
  const { getDb } = await import("../app/modules/db/db.server.ts");

  const seeded = await seedDemoOnce();
  console.log(
    seeded
      ? `Seeded the demo consultation /c/${seeded.consultationSlug}; logins saved to ${demoLoginsPath()} (owner-only).`
      : "The demo consultation already exists; nothing was changed.",
  );
  const counts = await countDemoRows(getDb());
  const { principlesByTheme, questionsByTheme, ...rows } = counts;
  console.log(
    "Demo rows: " +
      Object.entries(rows)
        .map(([name, count]) => `${name} ${count}`)
        .join(", "),
  );
  console.log(
    "Principles by theme: " +
      Object.entries(principlesByTheme)
        .map(([theme, count]) => `${theme} ${count}`)
        .join(", ") +
      "; questions by theme: " +
      Object.entries(questionsByTheme)
        .map(([theme, count]) => `${theme} ${count}`)
        .join(", "),
  );
  const logins = await describeDemoLogins();
  console.log(logins || "No saved demo logins for this database (they are shown only by the run that created them).");
  await getDb().$disconnect();
} catch (error) {
  console.error(`Seeding failed; nothing was seeded.\n${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await database.stop();
  // The WebAssembly migration engine keeps one pooled connection checked out;
  // exit explicitly instead of waiting for that socket's timeout.
  process.exit();
}
