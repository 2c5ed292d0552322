/**
 * The browser's strings: an i18next backend that loads one language's
 * namespaces as separate, long-cached chunks when i18next asks for them (the
 * page's language at start, another one only after switching). The server
 * has every language in resources.server.ts; bundling them all for the
 * browser cost every visitor ~70 KB compressed for three languages they do
 * not read.
 */
import type { BackendModule, ResourceKey } from "i18next";

// One chunk per file; Vite turns each into a lazily imported module.
const localeFiles = import.meta.glob<ResourceKey>("../../../locales/*/*.json", { import: "default" });

export const browserResources: BackendModule = {
  type: "backend",
  init() {},
  read(language, namespace, callback) {
    const load = localeFiles[`../../../locales/${language}/${namespace}.json`];
    if (!load) return callback(new Error(`no strings for ${language}/${namespace}`), false);
    load().then(
      (strings) => callback(null, strings),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};
