/**
 * A small translated page for requests refused before Remix runs (a
 * cross-origin form, an oversized body, an address no page can answer). It
 * shows no internals. The 404 texts are the ones the Remix error page uses.
 */
import { detectLanguage, translatorFor } from "~/http/i18n.server";
import { textDirection } from "~/modules/i18n/config";

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

// Keys are written out in full so the unused-key check can see them.
const refusalTexts = {
  crossOrigin: { title: "errors.crossOriginTitle", body: "errors.crossOriginBody" },
  tooLarge: { title: "errors.tooLargeTitle", body: "errors.tooLargeBody" },
  notFound: { title: "errors.notFoundTitle", body: "errors.notFoundBody" },
} as const;

export type RefusalReason = keyof typeof refusalTexts;

export async function renderRefusalPage(
  cookie: string | null,
  acceptLanguage: string | null,
  reason: RefusalReason,
): Promise<string> {
  const headers = new Headers();
  if (cookie) headers.set("cookie", cookie);
  if (acceptLanguage) headers.set("accept-language", acceptLanguage);
  const language = await detectLanguage(new Request("http://localhost/", { headers }));
  const t = await translatorFor(language);
  const title = escapeHtml(t(refusalTexts[reason].title));
  return `<!doctype html><html lang="${language}" dir="${textDirection(language)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body><main><h1>${title}</h1><p>${escapeHtml(t(refusalTexts[reason].body))}</p><p><a href="/">${escapeHtml(t("errors.backHome"))}</a></p><p><a href="/exit">${escapeHtml(t("quickExit.button"))}</a></p></main></body></html>`;
}
