/**
 * `npm run admin -- <command>`: platform administration from the command line.
 *
 *   create-org "<name>"               create an organisation
 *   invite <org-slug> <role>          print a single-use invitation link (role: admin, facilitator, drafter)
 *   grant-platform-admin <username>   let a staff user create organisations (not read input)
 */
import { bootDatabase } from "./lib/boot.ts";

/** A mistake in how the command was called: print the reason and the usage. */
class UsageError extends Error {}

const [command, ...args] = process.argv.slice(2);
const usage = `Usage:
  npm run admin -- create-org "<name>"
  npm run admin -- invite <org-slug> <admin|facilitator|drafter>
  npm run admin -- grant-platform-admin <username>`;

const database = await bootDatabase();
try {
  const { getDb } = await import("../app/modules/db/db.server.ts");
  const publicUrl = process.env.CONVENE_PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
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
      console.log(new URL(invitation.path, publicUrl).toString());
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
    default:
      throw new UsageError(command ? `Unknown command "${command}".` : "Give a command.");
  }
} catch (error) {
  console.error(error instanceof UsageError ? `${error.message}\n\n${usage}` : error);
  process.exitCode = error instanceof UsageError ? 2 : 1;
} finally {
  await database.stop();
  process.exit();
}
