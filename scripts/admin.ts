/**
 * `npm run admin -- <command>`: platform administration from the command line.
 *
 *   create-org "<name>"               create an organisation
 *   invite <org-slug> <role>          print a single-use invitation link (role: admin, facilitator, drafter)
 *   grant-platform-admin <username>   let a staff user create organisations (not read input)
 *   backup <file>                     the whole database into one file (pg_dump custom format; README, Backup and restore)
 *   restore <file> [--replace]        a backup back in; --replace to overwrite contributions, re-applying every
 *                                     withdrawal recorded in the database being replaced
 *   purge-abandoned-drafts            delete account-less drafts nobody can reach (run daily)
 *   purge-withdrawn-keys              remove every copy of deleted data keys from the database's files now
 *                                     (the running server does it every few minutes while any is pending)
 *   seal-pseudonyms                   seal pseudonyms stored in plain text before they were encrypted
 *                                     (npm start also does it; this is for servers started otherwise)
 *   rotate-keys                       re-wrap every data key under CONVENE_MASTER_KEY (old keys in
 *                                     CONVENE_PREVIOUS_MASTER_KEYS), so the old master key can be dropped
 *   import-draft <file> [--org <org-slug>] [--use-in <consultation-slug>]…
 *                                     load a draft document version (JSON or Markdown) with its translations
 *   export-draft <document-slug> [version]
 *                                     print a version (the newest by default) in the JSON format import-draft reads
 *   recompute-summaries               rebuild the drafters' summary counts from scratch (the running server keeps
 *                                     them current on its own; this is for after a restore or a changed rule)
 *   summaries-status                  contributions waiting to be counted, stored counts, the last refresh jobs
 *   export-translations <lng> [--out FILE]
 *                                     the interface strings as an XLIFF 2.0 file for a translator (stdout by default)
 *   import-translations <lng> FILE    a translated XLIFF file back into locales/<lng>/, all or nothing
 *   export-content <slug> <lng> [--out FILE]
 *                                     a consultation's texts (principles, questions, consent, support) as XLIFF 2.0
 *   import-content <slug> <lng> FILE  a translated content file back into the consultation, all or nothing
 */
import { readFile, writeFile } from "node:fs/promises";
import { installJobQueue } from "../app/modules/jobs/job-queue.server.ts";
import { grantAppPrivileges, userOf } from "./lib/app-role.ts";
import { bootDatabase, orExit } from "./lib/boot.ts";
import { applyMigrations } from "./lib/migrations.ts";

/** A mistake in how the command was called: print the reason and the usage. */
class UsageError extends Error {}

const [command, ...args] = process.argv.slice(2);
const usage = `Usage:
  npm run admin -- create-org "<name>"
  npm run admin -- invite <org-slug> <admin|facilitator|drafter>
  npm run admin -- grant-platform-admin <username>
  npm run admin -- rotate-keys
  npm run admin -- seal-pseudonyms
  npm run admin -- backup <file>
  npm run admin -- restore <file> [--replace]
  npm run admin -- purge-abandoned-drafts
  npm run admin -- purge-withdrawn-keys
  npm run admin -- import-draft <file.json|file.md> [--org <org-slug>] [--use-in <consultation-slug>]...
  npm run admin -- export-draft <document-slug> [version]
  npm run admin -- recompute-summaries
  npm run admin -- summaries-status
  npm run admin -- export-translations <lng> [--out FILE]
  npm run admin -- import-translations <lng> FILE
  npm run admin -- export-content <slug> <lng> [--out FILE]
  npm run admin -- import-content <slug> <lng> FILE`;

/** A file refused by import-draft: its problems are printed, and nothing was written. */
class RefusedFile extends Error {}

/** "--org x --use-in a --use-in b file.md" → the file and the options, or a usage error. */
function importArguments(list: readonly string[]) {
  let file: string | undefined;
  let organisationSlug: string | null = null;
  const useIn: string[] = [];
  for (let index = 0; index < list.length; index++) {
    const argument = list[index]!;
    if (argument === "--org" || argument === "--use-in") {
      const value = list[++index];
      if (!value) throw new UsageError(`Give a slug after ${argument}.`);
      if (argument === "--org") organisationSlug = value;
      else useIn.push(value);
    } else if (argument.startsWith("--")) {
      throw new UsageError(`Unknown option "${argument}".`);
    } else if (file) {
      throw new UsageError("Give one file.");
    } else file = argument;
  }
  if (!file) throw new UsageError("Give the draft file to import (.json or .md).");
  return { file, organisationSlug, useIn };
}

/** "<a> [<b>] [--out FILE]" → the positional arguments and the output file (null: stdout). */
function outArguments(list: readonly string[], positional: number) {
  const values: string[] = [];
  let out: string | null = null;
  for (let index = 0; index < list.length; index++) {
    const argument = list[index]!;
    if (argument === "--out") {
      out = list[++index] ?? null;
      if (!out) throw new UsageError("Give a file name after --out.");
    } else if (argument.startsWith("--")) throw new UsageError(`Unknown option "${argument}".`);
    else values.push(argument);
  }
  if (values.length !== positional) throw new UsageError(`Expected ${positional} argument(s) before --out.`);
  return { values, out };
}

/** A translation file to stdout (waiting for the write, as export-draft does) or to --out. */
async function writeOut(text: string, out: string | null) {
  if (out) await writeFile(out, text, "utf8");
  else await new Promise((resolve) => process.stdout.write(text, resolve));
}

async function readTranslationFile(file: string | undefined): Promise<string> {
  if (!file) throw new UsageError("Give the translated XLIFF file.");
  return readFile(file, "utf8").catch(() => {
    throw new UsageError(`Cannot read "${file}".`);
  });
}

/** The refusal names the first bad line and why; never the text. */
function refusedTranslation(file: string, refusal: { line: number | null; reason: string }): RefusedFile {
  return new RefusedFile(`Refused ${file}; nothing was imported.\n  ${refusal.line === null ? "" : `line ${refusal.line}: `}${refusal.reason}`);
}

const database = await orExit(bootDatabase());
try {
  const { getDb } = await import("../app/modules/db/db.server.ts");
  // The same address rule as `npm start` (scripts/lib/public-url.ts).
  const { cliPublicUrl } = await import("./lib/public-url.ts");
  const publicUrl = cliPublicUrl({ CONVENE_PUBLIC_URL: process.env.CONVENE_PUBLIC_URL, PORT: process.env.PORT });
  switch (command) {
    case "create-org": {
      const name = args.join(" ").trim();
      if (name.length < 2) throw new UsageError("Give the organisation's name.");
      const { createOrganisation } = await import("../app/modules/orgs/create-organisation.server.ts");
      const organisation = await createOrganisation({ name, createdById: null });
      console.log(`Created organisation "${organisation.name}" (slug: ${organisation.slug}).`);
      console.log(`Invite its first admin: npm run admin -- invite ${organisation.slug} admin`);
      break;
    }
    case "invite": {
      const [slug, role] = args;
      if (!slug || (role !== "admin" && role !== "facilitator" && role !== "drafter")) {
        throw new UsageError("Give an organisation slug and a role (admin, facilitator or drafter).");
      }
      const organisation = await getDb().organisation.findUnique({ where: { slug }, select: { id: true, name: true } });
      if (!organisation) throw new UsageError(`No organisation with slug "${slug}".`);
      const { issueStaffInvitation } = await import("../app/modules/auth/issue-staff-invitation.server.ts");
      const invitation = await issueStaffInvitation({ organisationId: organisation.id, role, issuedById: null });
      console.log(`Invitation to join "${organisation.name}" as ${role}, valid until ${invitation.expiresAt.toISOString()}:`);
      console.log(new URL(invitation.path, publicUrl.url).toString());
      if (publicUrl.source === "default") {
        console.log("(No server address known: set CONVENE_PUBLIC_URL or PORT as the server has it, or start the server first.)");
      }
      console.log("It works once. Send it through a channel you trust.");
      break;
    }
    case "grant-platform-admin": {
      const [username] = args;
      if (!username) throw new UsageError("Give a staff username.");
      const updated = await getDb().staffUser.updateMany({ where: { username: username.toLowerCase() }, data: { isPlatformAdmin: true } });
      if (updated.count === 0) throw new UsageError(`No staff user "${username}".`);
      console.log(`${username} can now create organisations.`);
      break;
    }
    case "import-draft": {
      const { file, organisationSlug, useIn } = importArguments(args);
      const source = await readFile(file, "utf8").catch(() => {
        throw new UsageError(`Cannot read "${file}".`);
      });
      const { importDraft } = await import("../app/modules/consultations/drafts/import-draft.server.ts");
      const result = await importDraft({ source, fileName: file, organisationSlug, useIn });
      if (!result.ok) {
        const lines = result.problems.map((problem) => (problem.line === null ? `  ${problem.message}` : `  line ${problem.line}: ${problem.message}`));
        throw new RefusedFile(`Refused ${file}; nothing was imported.\n${lines.slice(0, 20).join("\n")}`);
      }
      console.log(
        `Imported version ${result.version} of "${result.documentSlug}" (${result.principles} principles)` +
          (result.createdDocument ? ", a new document." : "."),
      );
      if (result.usedIn.length > 0) console.log(`Now used by: ${result.usedIn.join(", ")}.`);
      else console.log("No consultation uses it yet: choose it on a consultation's Draft principles page, or import with --use-in <slug>.");
      break;
    }
    case "export-draft": {
      const [documentSlug, versionText] = args;
      if (!documentSlug) throw new UsageError("Give a draft document's slug.");
      if (versionText !== undefined && !/^\d+$/.test(versionText)) throw new UsageError("The version must be a number.");
      const { exportDraft } = await import("../app/modules/consultations/drafts/export-draft.server.ts");
      const { draftFileJson } = await import("../app/modules/consultations/drafts/draft-file.ts");
      const draft = await exportDraft(documentSlug, versionText === undefined ? null : Number(versionText));
      if (!draft) throw new UsageError(`No draft document "${documentSlug}"${versionText ? ` with version ${versionText}` : ""}.`);
      // Waits for the write: process.exit() below would otherwise cut a piped export short.
      await new Promise((resolve) => process.stdout.write(draftFileJson(draft), resolve));
      break;
    }
    case "backup": {
      const [file, ...rest] = args;
      if (!file || rest.length > 0) throw new UsageError("Give one file to write the backup to.");
      const { backupDatabase } = await import("../app/modules/backup/backup-database.server.ts");
      await backupDatabase(database.ownerUrl, file);
      console.log(`Wrote ${file}. It holds ciphertext and wrapped keys; keep CONVENE_MASTER_KEY (not in it) to read it back.`);
      break;
    }
    case "restore": {
      const replace = args.includes("--replace");
      const files = args.filter((argument) => argument !== "--replace");
      if (files.length !== 1 || files[0]!.startsWith("--")) throw new UsageError("Give one backup file (and --replace to overwrite contributions).");
      const { restoreDatabase, reapplyCarriedWithdrawals } = await import("../app/modules/backup/restore-database.server.ts");
      const result = await restoreDatabase(database.ownerUrl, files[0]!, { replace });
      if (result.kind === "targetNotEmpty") {
        console.error(
          `The database holds ${result.contributions} contribution(s): nothing was changed. Stop the server and run again with --replace ` +
            "to overwrite it (withdrawals recorded in it are applied again to the restored data).",
        );
        process.exitCode = 1;
        break;
      }
      // The backup may predate the code: migrate it, install the job queue and give the app role its rights again.
      await applyMigrations(database.ownerUrl);
      await installJobQueue(database.ownerUrl);
      const appUser = userOf(database.url);
      if (appUser && appUser !== userOf(database.ownerUrl)) await grantAppPrivileges(database.ownerUrl, appUser);
      const again = await reapplyCarriedWithdrawals(database.ownerUrl);
      console.log(`Restored ${files[0]}. Withdrawn again since the backup: ${again} contribution(s).`);
      break;
    }
    case "purge-abandoned-drafts": {
      // Account-less drafts nobody can reach any more (no account, no receipt code, untouched for days).
      // Run it daily from cron or the platform's scheduler; it is safe to run at any time.
      const { purgeAbandonedDrafts } = await import("../app/modules/submissions/contributions.server.ts");
      console.log(`Deleted ${await purgeAbandonedDrafts()} abandoned draft(s).`);
      break;
    }
    case "purge-withdrawn-keys": {
      if (args.length > 0) throw new UsageError("purge-withdrawn-keys takes no arguments.");
      const { purgeWithdrawnKeys } = await import("../app/modules/submissions/purge-withdrawn-keys.server.ts");
      // The connection migrations use: VACUUM FULL and CHECKPOINT need the owner, not the app's role.
      const result = await purgeWithdrawnKeys({ connectionString: database.ownerUrl });
      if (result.kind === "nothingPending") console.log("Nothing to purge: no data key was deleted or re-wrapped since the last purge.");
      else if (result.kind === "busy") console.log("Another purge is running right now; nothing was done.");
      else if (result.kind === "postponed") {
        console.error("Postponed: a database transaction older than the withdrawals stayed open. Run it again shortly.");
        process.exitCode = 1;
      } else {
        console.log(`Rewrote ${result.tables.join(", ")} (${result.requests} deleted or re-wrapped key(s)).`);
        if (result.wal === "removed") console.log("The WAL segments that held the old keys are removed.");
        else if (result.wal === "unverified") console.log("WAL switched and checkpointed; this role may not list pg_wal to confirm the old segments are gone.");
        else console.log("This role may not checkpoint or switch WAL: old segments follow the server's own settings (README, What withdrawal destroys).");
      }
      break;
    }
    case "seal-pseudonyms": {
      if (args.length > 0) throw new UsageError("seal-pseudonyms takes no arguments.");
      const { sealLegacyPseudonyms } = await import("../app/modules/auth/seal-legacy-pseudonyms.server.ts");
      console.log(`Sealed ${await sealLegacyPseudonyms()} pseudonym(s); none is stored in plain text any more.`);
      break;
    }
    case "rotate-keys": {
      if (args.length > 0) throw new UsageError("rotate-keys takes no arguments: it reads the keys from the environment.");
      const { rotateMasterKey } = await import("../app/modules/crypto/rotate-master-key.server.ts");
      const { getMasterKeyRing } = await import("../app/modules/crypto/keys.server.ts");
      const report = await rotateMasterKey(getDb(), getMasterKeyRing());
      const failed = [
        ...report.submissions.failed,
        ...report.staffTotpSecrets.failed,
        ...report.themeSyntheses.failed,
        ...report.participantPseudonyms.failed,
        ...report.knownTerms.failed,
      ];
      console.log(
        `Re-wrapped under master key "${report.currentKeyId}": ${report.submissions.rewrapped} submission key(s), ` +
          `${report.staffTotpSecrets.rewrapped} staff authenticator secret(s), ${report.themeSyntheses.rewrapped} synthesis key(s), ` +
          `${report.participantPseudonyms.rewrapped} pseudonym key(s), ${report.knownTerms.rewrapped} known-term key(s).`,
      );
      if (failed.length > 0) {
        // Ids only; those rows were left exactly as they were.
        console.error(`${failed.length} row(s) could not be unwrapped with the keys given and were left unchanged: ${failed.join(", ")}`);
        console.error("Keep the old key in CONVENE_PREVIOUS_MASTER_KEYS until they are resolved.");
        process.exitCode = 1;
      } else {
        console.log("Every data key is now wrapped by the current key: the old keys can be removed from CONVENE_PREVIOUS_MASTER_KEYS.");
        console.log("The old wraps leave the database's files at the next purge (the running server's, or npm run admin -- purge-withdrawn-keys).");
      }
      break;
    }
    case "recompute-summaries": {
      if (args.length > 0) throw new UsageError("recompute-summaries takes no arguments.");
      const { recomputeSummaries } = await import("../app/modules/summaries/rollups/recompute-summaries.server.ts");
      let shown = -1;
      const result = await recomputeSummaries({
        onProgress: ({ done, total }) => {
          // A line per tenth (and the first and last), not per batch.
          const tenth = total === 0 ? 10 : Math.floor((done / total) * 10);
          if (tenth === shown) return;
          shown = tenth;
          console.log(`Recomputing summaries: ${done} of ${total} approved contribution(s)…`);
        },
      });
      console.log(`Rebuilt the summaries: ${result.submissions} contribution(s) counted, ${result.cells} count(s) stored.`);
      break;
    }
    case "summaries-status": {
      if (args.length > 0) throw new UsageError("summaries-status takes no arguments.");
      const { getSummaryStatus } = await import("../app/modules/summaries/rollups/summary-status.server.ts");
      const status = await getSummaryStatus();
      console.log(`Waiting to be counted: ${status.waiting} contribution(s). Stored counts: ${status.cells}.`);
      if (status.jobs === null) console.log("The job queue is not installed: run npm run db:migrate.");
      else if (status.jobs.length === 0) console.log("No summaries-refresh job has run yet (the running server starts one every minute).");
      for (const job of status.jobs ?? []) {
        const times = [`created ${job.createdOn.toISOString()}`, job.startedOn && `started ${job.startedOn.toISOString()}`, job.completedOn && `finished ${job.completedOn.toISOString()}`];
        console.log(`  summaries-refresh: ${job.state} (${times.filter(Boolean).join(", ")})`);
      }
      break;
    }
    case "export-translations": {
      const { values, out } = outArguments(args, 1);
      const { exportInterface } = await import("../app/modules/i18n/translation-files/export-interface.server.ts");
      const result = await exportInterface({ language: values[0]! });
      if (result.kind === "refused") throw new UsageError(result.reason);
      await writeOut(result.xliff, out);
      const summary = `${result.units} string(s), ${result.translated} already translated${result.shipped ? "" : " (a language Convene does not ship yet)"}.`;
      // With no --out the file is on stdout, so the summary goes to stderr.
      if (out) console.log(`Wrote ${out}: ${summary}`);
      else console.error(summary);
      break;
    }
    case "import-translations": {
      const [language, file, ...rest] = args;
      if (!language || rest.length > 0) throw new UsageError("Give a language and one XLIFF file.");
      const xliff = await readTranslationFile(file);
      const { importInterface } = await import("../app/modules/i18n/translation-files/import-interface.server.ts");
      const result = await importInterface({ language, xliff });
      if (result.kind === "refused") throw refusedTranslation(file!, result.refusal);
      console.log(`Imported ${result.units} string(s) into locales/${language}/ (${result.namespaces} files, ${result.changed} changed).`);
      if (!result.shipped) console.log(`"${language}" is not shipped yet: add it to supportedLanguages in app/modules/i18n/config.ts and resources.server.ts.`);
      break;
    }
    case "export-content": {
      const { values, out } = outArguments(args, 2);
      const { exportContent } = await import("../app/modules/i18n/translation-files/export-content.server.ts");
      const result = await exportContent({ slug: values[0]!, language: values[1]! });
      if (result.kind === "refused") throw new UsageError(result.reason);
      await writeOut(result.xliff, out);
      const summary = `${result.units} text(s), ${result.translated} already translated.`;
      if (out) console.log(`Wrote ${out}: ${summary}`);
      else console.error(summary);
      break;
    }
    case "import-content": {
      const [slug, language, file, ...rest] = args;
      if (!slug || !language || rest.length > 0) throw new UsageError("Give a consultation slug, a language and one XLIFF file.");
      const xliff = await readTranslationFile(file);
      const { importContent } = await import("../app/modules/i18n/translation-files/import-content.server.ts");
      const result = await importContent({ slug, language, xliff });
      if (result.kind === "refused") throw refusedTranslation(file!, result.refusal);
      console.log(`Imported ${result.units} text(s) into "${slug}" (${language}): ${result.saved} saved, the rest unchanged.`);
      break;
    }
    default:
      throw new UsageError(command ? `Unknown command "${command}".` : "Give a command.");
  }
} catch (error) {
  // A missing or too old pg_dump/pg_restore is said in one line with the fix.
  if (error instanceof RefusedFile || (error instanceof Error && error.name === "BackupToolError")) console.error(error.message);
  else console.error(error instanceof UsageError ? `${error.message}\n\n${usage}` : error);
  process.exitCode = error instanceof UsageError ? 2 : 1;
} finally {
  await database.stop();
  process.exit();
}
