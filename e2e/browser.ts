/**
 * Which Chromium the end-to-end tests drive: Debian's when installed (these
 * machines cannot download Playwright's own), else the one
 * `npx playwright install chromium` puts in Playwright's cache. With
 * neither, say so plainly before Playwright's own "run npx playwright
 * install", which names only the way that needs a download.
 */
import { existsSync } from "node:fs";

export const debianChromium = "/usr/bin/chromium";

export type ChromiumChoice = { executablePath?: string; problem?: string };

export function chooseChromium(paths: { debian: string; playwright: string }): ChromiumChoice {
  if (existsSync(paths.debian)) return { executablePath: paths.debian };
  if (existsSync(paths.playwright)) return {};
  return {
    problem:
      `The end-to-end tests need Chromium, and this machine has none: install Debian's package ` +
      `(apt-get install chromium, which provides ${paths.debian}), or where downloads work, run npx playwright install chromium.`,
  };
}
