/**
 * What the browser bundle may carry. Checked on the production build the
 * global setup made (scripts/lib/build.ts):
 * - no zod: validation runs on the server; a page importing a schema module
 *   would ship the whole library to every visitor of that page;
 * - strings of one language per chunk, and none in the scripts every page
 *   loads before hydration (entry and root with what they preload): the
 *   browser fetches its page's language only.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildDirectory } from "../../scripts/lib/build.ts";

const clientDirectory = path.join(buildDirectory, "client");
const assetsDirectory = path.join(clientDirectory, "assets");
const scripts = readdirSync(assetsDirectory)
  .filter((name) => name.endsWith(".js"))
  .map((name) => ({ name, source: readFileSync(path.join(assetsDirectory, name), "utf8") }));

type ManifestModule = { module: string; imports?: string[] };
/** Remix's browser manifest: every route's module and the chunks it preloads (all its static imports). */
const remixManifest = (() => {
  const file = scripts.find((script) => script.name.startsWith("manifest-"))!;
  return JSON.parse(file.source.replace(/^window\.__remixManifest=/, "").replace(/;\s*$/, "")) as {
    entry: ManifestModule;
    routes: Record<string, ManifestModule>;
  };
})();

function filesOf({ module, imports = [] }: ManifestModule): string[] {
  return [module, ...imports].map((url) => url.replace(/^\/assets\//, ""));
}

const languages = ["en", "es", "fr", "ar"] as const;
/** One distinctive string per language: its home page heading. */
const homeTitles = Object.fromEntries(
  languages.map((language) => {
    const common = JSON.parse(readFileSync(path.resolve(__dirname, `../../locales/${language}/common.json`), "utf8")) as {
      home: { title: string };
    };
    return [language, common.home.title];
  }),
) as Record<(typeof languages)[number], string>;

describe("the browser bundle", () => {
  it("contains no zod", () => {
    // zod names its error class at run time, so the name survives minification.
    const withZod = scripts.filter((script) => script.source.includes("ZodError")).map((script) => script.name);
    expect(withZod).toEqual([]);
  });

  it("keeps each language's strings in chunks of their own", () => {
    for (const language of languages) {
      const holders = scripts.filter((script) => script.source.includes(homeTitles[language]));
      expect(holders.length, language).toBe(1);
      const others = languages.filter((other) => other !== language && holders[0]!.source.includes(homeTitles[other]));
      expect(others, `${language} chunk ${holders[0]!.name}`).toEqual([]);
    }
  });

  it("loads no language's strings with the scripts every page starts with", () => {
    const startFiles = new Set([...filesOf(remixManifest.entry), ...filesOf(remixManifest.routes.root!)]);
    expect(startFiles.size).toBeGreaterThan(2);
    const withStrings = scripts
      .filter((script) => startFiles.has(script.name))
      .filter((script) => languages.some((language) => script.source.includes(homeTitles[language])))
      .map((script) => script.name);
    expect(withStrings).toEqual([]);
  });
});
