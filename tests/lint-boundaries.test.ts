/**
 * The layer rules are enforced by ESLint (eslint.config.js), and this shows
 * they bite: a route that reaches for the database client and a module that
 * imports Remix are both refused, while the same imports where they belong
 * pass.
 */
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint();

async function restrictedImports(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("layer boundaries", () => {
  it("refuse the database client in a route", async () => {
    const code = 'import { getDb } from "~/modules/db/db.server";\nexport const loader = () => getDb();\n';
    expect(await restrictedImports(code, "app/routes/example.tsx")).toHaveLength(1);
    const prisma = 'import { PrismaClient } from "~/generated/prisma/client";\nexport const loader = () => new PrismaClient();\n';
    expect(await restrictedImports(prisma, "app/routes/example.tsx")).toHaveLength(1);
    expect(await restrictedImports(code, "app/modules/example/use-case.server.ts")).toHaveLength(0);
  });

  it("refuse Remix and the HTTP layer in a module", async () => {
    const remix = 'import { redirect } from "@remix-run/node";\nexport const go = () => redirect("/");\n';
    expect(await restrictedImports(remix, "app/modules/example/use-case.server.ts")).toHaveLength(1);
    const http = 'import { parseForm } from "~/http/forms.server";\nexport const read = parseForm;\n';
    expect(await restrictedImports(http, "app/modules/example/use-case.server.ts")).toHaveLength(1);
    expect(await restrictedImports(remix, "app/http/example.server.ts")).toHaveLength(0);
  });
});
